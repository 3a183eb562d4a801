import { useQuery } from '@apollo/client/react';
import { Body1, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { getFragmentData, graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName, indicatorUnit } from '../../indicators/indicator-text';
import { TrendMarker } from '../../indicators/TrendMarker';
import { CompletenessNote } from '../../periods/CompletenessNote';
import { granularitiesFor, granularityOf, latestComplete } from '../../periods/period-choice';
import { PeriodPicker } from '../../periods/PeriodPicker';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { useChoiceParam, useSearchParam } from '../../url/use-search-param';
import { RANGES, firstPeriodOf, type Range } from '../district/time-range';
import {
  SituationCellFragment,
  SituationIndicatorFragment,
  type IndicatorColumn,
} from '../situation/situation-model';
import { RankingPanels, rankDistricts } from './RankingPanels';
import { SmallMultiplesPanel } from './SmallMultiplesPanel';

const IndicatorPageQuery = graphql(`
  query IndicatorPage($key: String!, $period: String) {
    indicator(key: $key) {
      key
      description
      source
      ...SituationModel_indicator
    }
    situationPicture(indicators: [$key], period: $period) {
      synthetic
      cells {
        ...SituationModel_cell
        district {
          code
          name
        }
      }
      municipal {
        period
        value
        reportedDistricts
        expectedDistricts
        complete
        trend {
          direction
          significant
          assessment
          pValue
          method
          periods
        }
      }
    }
    MONTH: situationPeriods(indicators: [$key], granularity: MONTH) {
      period
      complete
      ...PeriodPicker_coverage
    }
    QUARTER: situationPeriods(indicators: [$key], granularity: QUARTER) {
      period
      complete
      ...PeriodPicker_coverage
    }
    YEAR: situationPeriods(indicators: [$key], granularity: YEAR) {
      period
      complete
      ...PeriodPicker_coverage
    }
  }
`);

const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($key: String!, $from: String, $granularity: IndicatorFrequency) {
    series(indicator: $key, from: $from, granularity: $granularity) {
      synthetic
      municipal {
        period
        rate
      }
      districts {
        district {
          code
          name
        }
        points {
          period
          rate
          suppressed
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/** One indicator across the districts: ranked for the latest period, and over time. */
export default function IndicatorPage() {
  const styles = useStyles();
  const { key = '' } = useParams();
  const { t, locale, format } = useI18n();
  const [period, setPeriod] = useSearchParam('period');
  const [range, setRange] = useChoiceParam<Range>('range', RANGES, '2y');
  const page = useQuery(IndicatorPageQuery, { variables: { key, period } });
  // While another period loads, the previous one stays on screen instead of a blank.
  const data = page.data ?? page.previousData;

  const indicator = useMemo(():
    (IndicatorColumn & { description: string; source: string }) | null => {
    if (!data?.indicator) return null;
    const own = getFragmentData(SituationIndicatorFragment, data.indicator);
    return {
      ...own,
      description: data.indicator.description,
      source: data.indicator.source,
      label: indicatorName(own, locale),
      unitLabel: indicatorUnit(own, locale, t),
      period: null,
    };
  }, [data?.indicator, locale, t]);

  const shownPeriod = period ?? data?.situationPicture?.municipal[0]?.period ?? null;
  const granularity = granularityOf(shownPeriod) ?? indicator?.frequency ?? 'MONTH';
  // The indicator as its ranking and series show it: in the unit of the period chosen.
  const firstCell = data?.situationPicture?.cells[0];
  const rateUnit = firstCell ? getFragmentData(SituationCellFragment, firstCell).rateUnit : null;
  const shown = useMemo(
    () =>
      indicator && {
        ...indicator,
        unitLabel: indicatorUnit(
          { ...indicator, unit: rateUnit ?? indicator.unit, frequency: granularity },
          locale,
          t,
        ),
      },
    [indicator, rateUnit, granularity, locale, t],
  );
  const series = useQuery(IndicatorSeriesQuery, {
    variables: {
      key,
      from: indicator ? firstPeriodOf(range, indicator.frequency) : null,
      granularity: indicator && granularity !== indicator.frequency ? granularity : null,
    },
  });

  const ranked = useMemo(
    () =>
      rankDistricts(
        (data?.situationPicture?.cells ?? []).map((ref) => ({
          cell: getFragmentData(SituationCellFragment, ref),
          name: ref.district.name,
        })),
      ),
    [data?.situationPicture?.cells],
  );
  const municipal = data?.situationPicture?.municipal[0];
  const seriesData = series.data?.series;
  const municipalRates = useMemo(
    () => seriesData?.municipal.map((p) => p.rate) ?? [],
    [seriesData],
  );
  const periods = useMemo(() => seriesData?.municipal.map((p) => p.period) ?? [], [seriesData]);
  const districtSeries = useMemo(
    () =>
      seriesData?.districts.map((d) => ({
        code: d.district.code,
        name: d.district.name,
        points: d.points,
      })) ?? [],
    [seriesData],
  );

  const retry = () => void page.refetch();
  const indicatorError = errorForField(page.error, 'indicator', indicator !== null, t.errors);
  const pictureError = errorForField(
    page.error,
    'situationPicture',
    data?.situationPicture != null,
    t.errors,
  );
  const synthetic = data?.situationPicture?.synthetic || seriesData?.synthetic;

  return (
    <PageLayout
      title={indicator?.label ?? t.indicatorPage.indexTitle}
      description={indicator?.description}
      notice={synthetic ? <DemoDataNotice /> : undefined}
    >
      <Panel
        title={t.indicatorPage.about}
        wide
        loading={page.loading && !indicator}
        error={indicatorError}
        onRetry={retry}
      >
        {indicator && (
          <dl className={styles.facts}>
            <dt className={styles.term}>{t.indicator.unit}</dt>
            <dd className={styles.definition}>{indicator.unitLabel}</dd>
            <dt className={styles.term}>{t.indicator.frequency}</dt>
            <dd className={styles.definition}>{t.indicator.frequencies[indicator.frequency]}</dd>
            <dt className={styles.term}>{t.indicator.direction}</dt>
            <dd className={styles.definition}>{t.indicator.directions[indicator.direction]}</dd>
            <dt className={styles.term}>{t.indicator.target}</dt>
            <dd className={styles.definition}>
              {indicator.target === null ? t.indicator.noTarget : format.rate(indicator.target)}
            </dd>
            <dt className={styles.term}>{t.indicator.source}</dt>
            <dd className={styles.definition}>{indicator.source}</dd>
            {municipal && municipal.value !== null && (
              <>
                <dt className={styles.term}>{t.indicator.municipal}</dt>
                <dd className={styles.definition}>
                  <Body1>
                    {format.rate(municipal.value)} ({format.period(municipal.period)}),{' '}
                    <TrendMarker trend={municipal.trend} />
                  </Body1>
                </dd>
              </>
            )}
          </dl>
        )}
      </Panel>
      {indicator && (
        <Panel title={t.periods.period} wide>
          <PeriodPicker
            granularities={granularitiesFor(indicator.frequency)}
            granularity={granularity}
            onGranularityChange={(next) => {
              const latest = data ? latestComplete(data[next]) : null;
              if (latest) setPeriod(latest);
            }}
            periods={data?.[granularity] ?? null}
            value={shownPeriod}
            onChange={(next) => setPeriod(next)}
          />
          {municipal && (
            <CompletenessNote
              reportedDistricts={municipal.reportedDistricts}
              expectedDistricts={municipal.expectedDistricts}
              complete={municipal.complete}
            />
          )}
        </Panel>
      )}
      {indicator && (
        <RankingPanels
          indicator={shown ?? indicator}
          ranked={ranked}
          period={municipal?.period ?? ranked[0]?.cell.period ?? ''}
          municipal={municipal?.value ?? null}
          loading={page.loading && !data?.situationPicture}
          error={pictureError}
          onRetry={retry}
        />
      )}
      {indicator && (
        <SmallMultiplesPanel
          indicator={shown ?? indicator}
          periods={periods}
          municipal={municipalRates}
          districts={districtSeries}
          loading={series.loading && !seriesData}
          error={errorForField(series.error, 'series', seriesData != null, t.errors)}
          onRetry={() => void series.refetch()}
          controls={
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
          }
        />
      )}
      {!indicator && indicatorError === undefined && !page.loading && (
        <Body1>{t.indicatorPage.notFound}</Body1>
      )}
    </PageLayout>
  );
}
