import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/use-i18n';
import { CATEGORY_ORDER } from '../../indicators/indicator-order';
import type { IndicatorColumn, Measure } from './situation-model';
import { MEASURES } from './situation-model';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
  },
  indicator: { minWidth: '18rem' },
  period: { minWidth: '12rem', maxWidth: '24rem' },
});

export interface PeriodOption {
  period: string;
  provisional: boolean;
}

export interface SituationFiltersProps {
  indicators: ReadonlyArray<IndicatorColumn>;
  selected: IndicatorColumn;
  onIndicatorChange: (key: string) => void;
  /** The selected indicator's periods, oldest first; null while they load. */
  periods: ReadonlyArray<PeriodOption> | null;
  periodsError?: string;
  onPeriodChange: (period: string) => void;
  measure: Measure;
  onMeasureChange: (measure: Measure) => void;
}

/** The choice of indicator, period and measure; every choice is kept in the address. */
export function SituationFilters({
  indicators,
  selected,
  onIndicatorChange,
  periods,
  periodsError,
  onPeriodChange,
  measure,
  onMeasureChange,
}: SituationFiltersProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const categories = CATEGORY_ORDER.filter((category) =>
    indicators.some((indicator) => indicator.category === category),
  );
  const current = selected.period;
  const periodOptions = periods
    ? [...periods].reverse()
    : current
      ? [{ period: current, provisional: false }]
      : [];

  return (
    <div className={styles.root}>
      <Field label={t.situation.indicator} className={styles.indicator}>
        <Select value={selected.key} onChange={(_, data) => onIndicatorChange(data.value)}>
          {categories.map((category) => (
            <optgroup key={category} label={t.indicator.categories[category]}>
              {indicators
                .filter((indicator) => indicator.category === category)
                .map((indicator) => (
                  <option key={indicator.key} value={indicator.key}>
                    {indicator.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field
        label={t.situation.period}
        hint={t.situation.periodHint}
        className={styles.period}
        validationState={periodsError ? 'error' : 'none'}
        validationMessage={periodsError}
      >
        <Select
          value={current ?? ''}
          disabled={!periods}
          onChange={(_, data) => onPeriodChange(data.value)}
        >
          {periodOptions.map((option) => (
            <option key={option.period} value={option.period}>
              {format.period(option.period)}
              {option.provisional ? ` (${t.indicator.provisional})` : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.situation.measure}>
        <RadioGroup
          layout="horizontal"
          value={measure}
          onChange={(_, data) => {
            const next = MEASURES.find((m) => m === data.value);
            if (next) onMeasureChange(next);
          }}
        >
          {MEASURES.map((m) => (
            <Radio key={m} value={m} label={t.situation.measures[m]} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
