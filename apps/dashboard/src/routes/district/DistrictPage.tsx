import { useQuery } from '@apollo/client/react';
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { getFragmentData, graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { byCategoryAndName } from '../../indicators/indicator-order';
import { indicatorName, indicatorUnit } from '../../indicators/indicator-text';
import { partOfTownName } from '../../map/parts-of-town';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { useChoiceParam, useSearchParam } from '../../url/use-search-param';
import { granularitiesFor, granularityOf, latestComplete } from '../../periods/period-choice';
import { PeriodPicker } from '../../periods/PeriodPicker';
import {
  SituationCellFragment,
  SituationIndicatorFragment,
  type IndicatorColumn,
} from '../situation/situation-model';
import { IndicatorSeriesPanel } from './IndicatorSeriesPanel';
import { RANGES, firstPeriodOf, type Range } from './time-range';

const DistrictPageQuery = graphql(`
  query DistrictPage($code: String!, $period: String) {
    MONTH: situationPeriods(granularity: MONTH) {
      period
      complete
      ...PeriodPicker_coverage
    }
    QUARTER: situationPeriods(granularity: QUARTER) {
      period
      complete
      ...PeriodPicker_coverage
    }
    YEAR: situationPeriods(granularity: YEAR) {
      period
      complete
      ...PeriodPicker_coverage
    }
    district(code: $code) {
      code
      name
      population
      situation(period: $period) {
        ...SituationModel_cell
        indicator {
          key
          ...SituationModel_indicator
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
});

/** One district: every indicator over time against the municipality and its target. */
export default function DistrictPage() {
  const styles = useStyles();
  const { code = '' } = useParams();
  const { t, locale, format } = useI18n();
  const [range, setRange] = useChoiceParam<Range>('range', RANGES, '5y');
  const [period, setPeriod] = useSearchParam('period');
  const query = useQuery(DistrictPageQuery, { variables: { code, period } });
  const { loading, error, refetch } = query;
  // While another period loads, the previous one stays on screen instead of a blank.
  const data = query.data ?? query.previousData;
  const district = data?.district;
  const granularity = granularityOf(period);
  // The series say whether their figures are demo data; one such panel is enough to say so.
  const [synthetic, setSynthetic] = useState(false);
  const onSynthetic = useCallback(() => setSynthetic(true), []);

  const panels = useMemo(() => {
    if (!district) return [];
    return district.situation
      .map((cellRef) => {
        const cell = getFragmentData(SituationCellFragment, cellRef);
        const indicator = getFragmentData(SituationIndicatorFragment, cellRef.indicator);
        const column: IndicatorColumn = {
          ...indicator,
          label: indicatorName(indicator, locale),
          // The unit of the period shown: a year of a monthly count is per 1 000 and year.
          unitLabel: indicatorUnit(
            {
              ...indicator,
              unit: cell.rateUnit,
              frequency: granularityOf(cell.period) ?? indicator.frequency,
            },
            locale,
            t,
          ),
          period: cell.period,
        };
        return { column, cell };
      })
      .sort((a, b) => byCategoryAndName(a.column, b.column));
  }, [district, locale, t]);

  const title = district?.name ?? t.district.indexTitle;
  const failure = errorForField(error, 'district', district != null, t.errors);

  return (
    <PageLayout
      title={title}
      description={
        district
          ? `${t.district.description(
              district.code,
              district.population === null ? t.common.unknown : format.integer(district.population),
            )} · ${partOfTownName(district.code, locale, t.map.otherGroup)}`
          : undefined
      }
      notice={synthetic ? <DemoDataNotice /> : undefined}
    >
      <Panel
        title={t.situation.filters}
        wide
        loading={loading && !district}
        error={failure}
        onRetry={() => void refetch()}
      >
        <div className={styles.toolbar}>
          <Field label={t.district.range}>
            <RadioGroup
              layout="horizontal"
              value={range}
              onChange={(_, choice) => {
                const next = RANGES.find((r) => r === choice.value);
                if (next) setRange(next);
              }}
            >
              {RANGES.map((r) => (
                <Radio key={r} value={r} label={t.district.ranges[r]} />
              ))}
            </RadioGroup>
          </Field>
          <AppLink to="/lagesbild">{t.district.back}</AppLink>
        </div>
        <PeriodPicker
          granularities={granularitiesFor('MONTH')}
          granularity={granularity ?? 'MONTH'}
          onGranularityChange={(next) => {
            const latest = data ? latestComplete(data[next]) : null;
            if (latest) setPeriod(latest);
          }}
          periods={data?.[granularity ?? 'MONTH'] ?? null}
          value={period}
          onChange={(next) => setPeriod(next)}
        />
      </Panel>
      {district &&
        panels.map(({ column, cell }) => (
          <IndicatorSeriesPanel
            key={column.key}
            indicator={column}
            cell={cell}
            district={district}
            from={firstPeriodOf(range, column.frequency)}
            granularity={
              granularity && granularitiesFor(column.frequency).includes(granularity)
                ? granularity
                : null
            }
            onSynthetic={onSynthetic}
          />
        ))}
    </PageLayout>
  );
}
