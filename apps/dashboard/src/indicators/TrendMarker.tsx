import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';
import { TREND_SYMBOL } from '../map/map-types';
import { useVisuallyHiddenClass } from '../ui/visually-hidden';
import { trendArrow, trendText, type TrendInfo } from './indicator-text';

const useStyles = makeStyles({
  root: { whiteSpace: 'nowrap' },
  worsening: { color: '#8f4200' },
  improving: { color: '#542788' },
  symbol: { fontSize: tokens.fontSizeBase200 },
});

export interface TrendMarkerProps {
  trend: TrendInfo | null | undefined;
  /** Only the arrow, with the words for screen readers; otherwise arrow and words. */
  compact?: boolean;
}

/**
 * A significant trend as an arrow (the second cue beside colour) and words; the test, p-value and
 * number of periods appear on hover.
 */
export function TrendMarker({ trend, compact = false }: TrendMarkerProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const hidden = useVisuallyHiddenClass();
  const arrow = trendArrow(trend);
  const text = trendText(trend, t);
  if (compact && !arrow) return null;
  const title = trend
    ? t.trend.detail(trend.method, format.decimal(trend.pValue, 3), trend.periods)
    : undefined;
  return (
    <span
      className={mergeClasses(
        styles.root,
        trend?.significant && trend.assessment === 'WORSENING' && styles.worsening,
        trend?.significant && trend.assessment === 'IMPROVING' && styles.improving,
      )}
      title={title}
      data-trend={arrow ?? 'none'}
    >
      {arrow && (
        <span className={styles.symbol} aria-hidden="true">
          {TREND_SYMBOL[arrow]}{' '}
        </span>
      )}
      <span className={compact ? hidden : undefined}>{text}</span>
    </span>
  );
}
