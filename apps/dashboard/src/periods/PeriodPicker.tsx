import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { IndicatorFrequency } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

export const PeriodPickerFragment = graphql(`
  fragment PeriodPicker_coverage on PeriodCoverage {
    period
    reportedDistricts
    expectedDistricts
    complete
    provisional
  }
`);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
  },
  period: { minWidth: '12rem', maxWidth: '24rem' },
});

export interface PeriodPickerProps {
  /** The granularities offered: those no finer than the indicators shown. */
  granularities: ReadonlyArray<IndicatorFrequency>;
  granularity: IndicatorFrequency;
  onGranularityChange: (granularity: IndicatorFrequency) => void;
  /** The periods of that granularity, oldest first; null while they load. */
  periods: ReadonlyArray<FragmentType<typeof PeriodPickerFragment>> | null;
  /** The period shown. */
  value: string | null;
  onChange: (period: string) => void;
  error?: string;
}

/**
 * The choice of period: month, quarter or year, then one of the periods the data covers, newest
 * first. A period not every district has reported is marked, as is one with preliminary figures.
 */
export function PeriodPicker({
  granularities,
  granularity,
  onGranularityChange,
  periods,
  value,
  onChange,
  error,
}: PeriodPickerProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const options = [...getFragmentData(PeriodPickerFragment, periods ?? [])].reverse();
  const known = value === null || options.some((option) => option.period === value);

  return (
    <div className={styles.root}>
      {granularities.length > 1 && (
        <Field label={t.periods.granularity}>
          <RadioGroup
            layout="horizontal"
            value={granularity}
            onChange={(_, data) => {
              const next = granularities.find((g) => g === data.value);
              if (next) onGranularityChange(next);
            }}
          >
            {granularities.map((g) => (
              <Radio key={g} value={g} label={t.periods.granularities[g]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field
        label={t.periods.period}
        hint={t.periods.hint}
        className={styles.period}
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
      >
        <Select
          value={value ?? ''}
          disabled={!periods}
          onChange={(_, data) => onChange(data.value)}
        >
          {value === null && (
            <option value="" disabled>
              {t.periods.latestShown}
            </option>
          )}
          {!known && value && <option value={value}>{format.period(value)}</option>}
          {options.map((option) => {
            const marks = [
              option.complete
                ? null
                : t.periods.incompleteOption(option.reportedDistricts, option.expectedDistricts),
              option.provisional ? t.periods.provisionalOption : null,
            ].filter((mark): mark is string => mark !== null);
            return (
              <option key={option.period} value={option.period}>
                {format.period(option.period)}
                {marks.length > 0 ? ` (${marks.join(', ')})` : ''}
              </option>
            );
          })}
        </Select>
      </Field>
    </div>
  );
}
