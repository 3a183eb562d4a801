import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
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
});

export interface SituationFiltersProps {
  indicators: ReadonlyArray<IndicatorColumn>;
  selected: IndicatorColumn;
  onIndicatorChange: (key: string) => void;
  /** The choice of period (see PeriodPicker). */
  periodPicker: ReactNode;
  measure: Measure;
  onMeasureChange: (measure: Measure) => void;
}

/** The choice of indicator, period and measure; every choice is kept in the address. */
export function SituationFilters({
  indicators,
  selected,
  onIndicatorChange,
  periodPicker,
  measure,
  onMeasureChange,
}: SituationFiltersProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const categories = CATEGORY_ORDER.filter((category) =>
    indicators.some((indicator) => indicator.category === category),
  );
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
      {periodPicker}
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
