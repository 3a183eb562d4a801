import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';
import { MISSING_FILL } from '../ui/palette';
import { classBounds, type ColourScale } from './classify';
import { SUPPRESSED_BACKGROUND } from './hatch';
import { TREND_SYMBOL } from './map-types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    width: '1.25rem',
    height: '1rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
  symbol: { display: 'inline-block', width: '1.25rem', textAlign: 'center' },
  ends: { display: 'flex', justifyContent: 'space-between', color: tokens.colorNeutralForeground2 },
});

export interface MapLegendProps {
  scale: ColourScale;
  /** Formats a threshold for the class labels. */
  formatValue: (value: number) => string;
  /** The unit the classes are in. */
  unit: string;
  /** Only for diverging scales: whether orange (worse) is at the high end. */
  higherIsBetter?: boolean;
  hasSuppressed: boolean;
  hasMissing: boolean;
}

/** The colour classes with their ranges, and the symbols for suppressed, missing and trends. */
export function MapLegend({
  scale,
  formatValue,
  unit,
  higherIsBetter = false,
  hasSuppressed,
  hasMissing,
}: MapLegendProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { colours } = scale;
  // A class ends at the indicator's range where it has one (0 and 100 for shares).
  const label = (index: number) => {
    const { low, high } = classBounds(scale, index);
    if (low === null && high !== null) return t.map.below(formatValue(high));
    if (high === null && low !== null) return t.map.above(formatValue(low));
    if (low !== null && high !== null) return t.map.range(formatValue(low), formatValue(high));
    return t.map.allValues;
  };
  const levelEnds = {
    none: [t.map.lower, t.map.higher],
    high: [t.levelScale.lowerBetter, t.levelScale.higherWorse],
    low: [t.levelScale.lowerWorse, t.levelScale.higherBetter],
  } as const;
  const [lowEnd, highEnd] =
    scale.kind === 'sequential'
      ? levelEnds[scale.worseEnd ?? 'none']
      : higherIsBetter
        ? [t.map.worse, t.map.better]
        : [t.map.better, t.map.worse];

  return (
    <div className={styles.root}>
      <Caption1 as="h3" className={styles.title}>
        {t.map.legend} ({unit})
      </Caption1>
      <div className={styles.ends} aria-hidden="true">
        <Caption1>← {lowEnd}</Caption1>
        <Caption1>{highEnd} →</Caption1>
      </div>
      <ul className={styles.list}>
        {colours.map((colour, index) => (
          <li key={colour} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: colour }} />
            <Caption1>
              {label(index)}
              {index === 0 && ` (${lowEnd.toLowerCase()})`}
              {index === colours.length - 1 && index > 0 && ` (${highEnd.toLowerCase()})`}
            </Caption1>
          </li>
        ))}
      </ul>
      <ul className={styles.list}>
        {hasSuppressed && (
          <li className={styles.item}>
            <span className={styles.swatch} style={{ background: SUPPRESSED_BACKGROUND }} />
            <Caption1>
              {t.indicator.suppressedShort} {t.indicator.suppressed}
            </Caption1>
          </li>
        )}
        {hasMissing && (
          <li className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: MISSING_FILL }} />
            <Caption1>– {t.indicator.missing}</Caption1>
          </li>
        )}
        <li className={styles.item}>
          <span className={styles.symbol} aria-hidden="true">
            {TREND_SYMBOL.up}
          </span>
          <Caption1>{t.map.trendUp}</Caption1>
        </li>
        <li className={styles.item}>
          <span className={styles.symbol} aria-hidden="true">
            {TREND_SYMBOL.down}
          </span>
          <Caption1>{t.map.trendDown}</Caption1>
        </li>
      </ul>
    </div>
  );
}
