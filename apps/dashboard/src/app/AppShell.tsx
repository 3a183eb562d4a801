import { useQuery } from '@apollo/client/react';
import {
  Button,
  Caption1,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorState } from '../ui/ErrorState';
import { PageSpinner } from '../ui/PageSpinner';
import { canImport, canUndoImports, hasAssignments } from './access';
import { LanguageSwitch } from './LanguageSwitch';
import { SignedInUser } from './SignedInUser';

const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      accessRoles
      ...SignedInUser_person
    }
  }
`);

const focusRing = {
  outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
  outlineOffset: '2px',
};

/** Below this width the navigation folds behind a menu button. */
const NARROW = '@media (max-width: 599.98px)';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  skipLink: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalM,
    top: '-100px',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    zIndex: 1,
    ':focus': { top: tokens.spacingVerticalS, ...focusRing },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      gap: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    },
  },
  nav: {
    [NARROW]: { display: 'contents' },
  },
  menuButton: {
    display: 'none',
    [NARROW]: { display: 'inline-flex', order: 1, marginInlineStart: 'auto' },
  },
  brand: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    [NARROW]: { display: 'none', order: 3, flexBasis: '100%' },
  },
  navListOpen: {
    [NARROW]: { display: 'flex', flexDirection: 'column', gap: 0 },
  },
  navItem: { listStyle: 'none' },
  navLink: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': { borderBottomColor: tokens.colorNeutralStroke1Hover },
    ':focus-visible': focusRing,
    '&[aria-current="page"]': {
      borderBottomColor: tokens.colorBrandStroke1,
      fontWeight: tokens.fontWeightSemibold,
    },
    [NARROW]: {
      display: 'block',
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
      borderBottomColor: 'transparent',
      borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
      ':hover': {
        borderBottomColor: 'transparent',
        borderLeftColor: tokens.colorNeutralStroke1Hover,
      },
      '&[aria-current="page"]': {
        borderBottomColor: 'transparent',
        borderLeftColor: tokens.colorBrandStroke1,
      },
    },
  },
  user: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginInlineStart: 'auto',
    // On a narrow screen the account controls fold into the menu with the links.
    [NARROW]: { display: 'none', order: 4, flexBasis: '100%', justifyContent: 'flex-start' },
  },
  userOpen: {
    [NARROW]: {
      display: 'flex',
      paddingBlock: tokens.spacingVerticalS,
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  main: {
    // Wide screens show map and table side by side; narrower ones stack the panels.
    maxWidth: '120rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    [NARROW]: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
    // Focused only as the skip link's target, which needs no ring of its own.
    ':focus': { outline: 'none' },
  },
});

/** The frame around every signed-in page: header with navigation and user, then the page. */
export function AppShell({ onSignOut }: { onSignOut: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { data, loading } = useQuery(AppShellQuery);
  const menu = useMenuDisclosure(pathname);
  const me = data?.me;
  const links = [
    { to: '/', label: t.nav.overview, end: true },
    { to: '/lagesbild', label: t.nav.situation },
    { to: '/omrade', label: t.nav.districts },
    { to: '/indikator', label: t.nav.indicators },
    { to: '/prioriterade-omraden', label: t.focusAreas.nav },
    { to: '/insatser', label: t.nav.interventions },
    ...(me && hasAssignments(me.accessRoles)
      ? [{ to: '/mina-uppdrag', label: t.nav.assignments }]
      : []),
    { to: '/atgardsplan', label: t.actionPlan.nav },
    { to: '/rapport', label: t.nav.report },
    ...(me && (canImport(me.accessRoles) || canUndoImports(me.accessRoles))
      ? [{ to: '/import', label: t.nav.import }]
      : []),
  ];

  return (
    <div className={styles.root}>
      <a href="#innehall" className={styles.skipLink}>
        {t.app.skipToContent}
      </a>
      <header className={styles.header} ref={menu.areaRef} onKeyDown={menu.onKeyDown}>
        <span className={styles.brand}>{t.app.name}</span>
        <nav aria-label={t.nav.label} className={styles.nav}>
          <Button
            ref={menu.buttonRef}
            className={styles.menuButton}
            appearance="subtle"
            icon={menu.open ? <DismissRegular /> : <NavigationRegular />}
            aria-expanded={menu.open}
            aria-controls={menu.listId}
            onClick={menu.toggle}
          >
            {menu.open ? t.menu.close : t.menu.open}
          </Button>
          <ul
            id={menu.listId}
            className={mergeClasses(styles.navList, menu.open && styles.navListOpen)}
          >
            {links.map((link) => (
              <li key={link.to} className={styles.navItem}>
                <NavLink
                  to={link.to}
                  end={link.end}
                  className={styles.navLink}
                  onClick={menu.followed}
                >
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className={mergeClasses(styles.user, menu.open && styles.userOpen)}>
          {me ? (
            <SignedInUser person={me} />
          ) : loading ? (
            <Spinner size="tiny" label={t.app.loadingUser} />
          ) : (
            <Caption1>{t.app.userFailed}</Caption1>
          )}
          <LanguageSwitch />
          <Button onClick={onSignOut}>{t.app.signOut}</Button>
        </div>
      </header>
      <main id="innehall" tabIndex={-1} className={styles.main} ref={menu.mainRef}>
        <ErrorBoundary
          key={pathname}
          fallback={(error) => (
            <ErrorState
              title={t.app.pageFailed}
              message={error.message}
              onRetry={() => window.location.reload()}
            />
          )}
        >
          <Suspense fallback={<PageSpinner label={t.app.loadingPage} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/**
 * The navigation's disclosure on narrow screens (a button with aria-expanded that shows and hides
 * the list of links): Escape or a click outside closes it and gives the button back its focus;
 * following a link closes it and moves the focus to the page that opens.
 */
function useMenuDisclosure(pathname: string) {
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  const [focusMain, setFocusMain] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The header: the menu's links and, on a narrow screen, the account controls.
  const areaRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const listId = useId();
  // Another page: the menu folds away.
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!focusMain) return;
    mainRef.current?.focus();
    setFocusMain(false);
  }, [focusMain, pathname]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!areaRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const menuShown = () => buttonRef.current?.offsetParent !== null;
  return {
    open,
    listId,
    buttonRef,
    areaRef,
    mainRef,
    toggle: () => setOpen((value) => !value),
    followed: () => {
      if (!open || !menuShown()) return;
      setOpen(false);
      setFocusMain(true);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      setOpen(false);
      buttonRef.current?.focus();
    },
  };
}
