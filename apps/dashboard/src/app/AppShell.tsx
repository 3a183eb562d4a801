import { useQuery } from '@apollo/client/react';
import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { graphql } from '../gql';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorState } from '../ui/ErrorState';
import { PageSpinner } from '../ui/PageSpinner';
import { SignedInUser } from './SignedInUser';

const AppShellQuery = graphql(`
  query AppShell {
    me {
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
  navList: { display: 'flex', gap: tokens.spacingHorizontalL, margin: 0, padding: 0 },
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
    maxWidth: '80rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    // Focused only as the skip link's target, which needs no ring of its own.
    ':focus': { outline: 'none' },
  },
});

/** The frame around every signed-in page: header with navigation and user, then the page. */
export function AppShell({ onSignOut }: { onSignOut: () => void }) {
  const styles = useStyles();
  const { pathname } = useLocation();
  const { data, loading } = useQuery(AppShellQuery);

  return (
    <div className={styles.root}>
      <a href="#innehall" className={styles.skipLink}>
        Hoppa till innehållet
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>Lägesbild</span>
        <nav aria-label="Huvudmeny">
          <ul className={styles.navList}>
            <li className={styles.navItem}>
              <NavLink to="/" end className={styles.navLink}>
                Översikt
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className={styles.user}>
          {data ? (
            <SignedInUser person={data.me} />
          ) : loading ? (
            <Spinner size="tiny" label="Hämtar användare …" />
          ) : (
            <Caption1>Användaren kunde inte hämtas.</Caption1>
          )}
          <Button onClick={onSignOut}>Logga ut</Button>
        </div>
      </header>
      <main id="innehall" tabIndex={-1} className={styles.main}>
        <ErrorBoundary
          key={pathname}
          fallback={(error) => (
            <ErrorState
              title="Sidan kunde inte visas."
              message={error.message}
              onRetry={() => window.location.reload()}
            />
          )}
        >
          <Suspense fallback={<PageSpinner label="Laddar sidan …" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
