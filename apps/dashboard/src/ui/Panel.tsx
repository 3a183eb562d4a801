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
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
  skeleton: { display: 'grid', gap: tokens.spacingVerticalS },
});

export interface PanelProps {
  title: string;
  description?: ReactNode;
  /** Shows a skeleton instead of the content. */
  loading?: boolean;
  /** A message for the user; shown instead of the content. */
  error?: string;
  onRetry?: () => void;
  /** Spans the whole width of the page grid. */
  wide?: boolean;
  children?: ReactNode;
}

/**
 * A titled region of a page. Loading, failure and a crash while rendering stay inside the panel,
 * so the rest of the page remains usable.
 */
export function Panel({ title, description, loading, error, onRetry, wide, children }: PanelProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={loading ? true : undefined}
      className={mergeClasses(styles.root, wide && styles.wide)}
    >
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle1>
      {description && !error && <Body1 className={styles.description}>{description}</Body1>}
      <ErrorBoundary
        fallback={(crash, reset) => (
          <ErrorState title="Panelen kunde inte visas." message={crash.message} onRetry={reset} />
        )}
      >
        {error ? (
          <ErrorState title={`${title} kunde inte hämtas.`} message={error} onRetry={onRetry} />
        ) : loading ? (
          <Skeleton aria-label={`Laddar ${title.toLowerCase()} …`} className={styles.skeleton}>
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
