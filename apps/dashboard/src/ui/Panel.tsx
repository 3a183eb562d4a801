import {
  Body1,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorState } from './ErrorState';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  wide: { gridColumn: '1 / -1' },
  refreshing: { opacity: 0.6, transitionProperty: 'opacity', transitionDuration: '0.2s' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
  skeleton: { display: 'grid', gap: tokens.spacingVerticalS },
});

export interface PanelProps {
  title: string;
  description?: ReactNode;
  /** Shows a skeleton instead of the content. */
  loading?: boolean;
  /** Keeps showing the content, dimmed and marked busy, while newer content loads. */
  refreshing?: boolean;
  /** A message for the user; shown instead of the content. */
  error?: string;
  onRetry?: () => void;
  /** Spans the whole width of the page grid. */
  wide?: boolean;
  /** Controls beside the heading, e.g. a choice that only this panel uses. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * A titled region of a page. Loading, failure and a crash while rendering stay inside the panel,
 * so the rest of the page remains usable.
 */
export function Panel({
  title,
  description,
  loading,
  refreshing,
  error,
  onRetry,
  wide,
  actions,
  children,
}: PanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={loading || refreshing ? true : undefined}
      className={mergeClasses(styles.root, wide && styles.wide, refreshing && styles.refreshing)}
    >
      <div className={styles.header}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {title}
        </Subtitle1>
        {actions}
      </div>
      {description && !error && <Body1 className={styles.description}>{description}</Body1>}
      <ErrorBoundary
        fallback={(crash, reset) => (
          <ErrorState title={t.common.panelCrashed} message={crash.message} onRetry={reset} />
        )}
      >
        {error ? (
          <ErrorState title={t.common.panelFailed(title)} message={error} onRetry={onRetry} />
        ) : loading ? (
          <Skeleton aria-label={t.common.loading(title)} className={styles.skeleton}>
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
          </Skeleton>
        ) : (
          children
        )}
      </ErrorBoundary>
    </section>
  );
}
