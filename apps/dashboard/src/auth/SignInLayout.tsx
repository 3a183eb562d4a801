import { Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useI18n } from '../i18n/use-i18n';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '56rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  title: { margin: 0 },
});

/** The page around everything shown before a user is signed in: the app's name, a heading. */
export function SignInLayout({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.root}>
      <title>{`${title} – ${t.app.name}`}</title>
      <header className={styles.header}>
        {t.app.name}
        <LanguageSwitch />
      </header>
      <main className={styles.main}>
        <Title1 as="h1" className={styles.title}>
          {title}
        </Title1>
        {children}
      </main>
    </div>
  );
}
