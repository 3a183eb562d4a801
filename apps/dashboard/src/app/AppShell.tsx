import { useQuery } from '@apollo/client/react';
import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
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
  },
  user: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginInlineStart: 'auto',
  },
  main: {
    // Wide screens show map and table side by side; narrower ones stack the panels.
    maxWidth: '120rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
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
      <header className={styles.header}>
        <span className={styles.brand}>{t.app.name}</span>
        <nav aria-label={t.nav.label}>
          <ul className={styles.navList}>
            {links.map((link) => (
              <li key={link.to} className={styles.navItem}>
                <NavLink to={link.to} end={link.end} className={styles.navLink}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.user}>
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
      <main id="innehall" tabIndex={-1} className={styles.main}>
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
