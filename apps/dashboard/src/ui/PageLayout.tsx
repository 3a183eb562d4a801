import { Body1, Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  title: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  notice: { marginBottom: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
});

export interface PageLayoutProps {
  title: string;
  description?: ReactNode;
  /** Shown between the heading and the panels, e.g. a notice about the data. */
  notice?: ReactNode;
  /** The narrowest a panel may be before the panels stack in one column. */
  panelMinWidth?: string;
  children: ReactNode;
}

/** A page: its heading (also the document title) and its panels in a responsive grid. */
export function PageLayout({
  title,
  description,
  notice,
  panelMinWidth = '28rem',
  children,
}: PageLayoutProps) {
  const styles = useStyles();
  return (
    <>
      <title>{`${title} – Lägesbild`}</title>
      <div className={styles.header}>
        <Title1 as="h1" className={styles.title}>
          {title}
        </Title1>
        {description && <Body1 className={styles.description}>{description}</Body1>}
      </div>
      {notice && <div className={styles.notice}>{notice}</div>}
      <div
        className={styles.grid}
        style={{
          gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${panelMinWidth}), 1fr))`,
        }}
      >
        {children}
      </div>
    </>
  );
}
