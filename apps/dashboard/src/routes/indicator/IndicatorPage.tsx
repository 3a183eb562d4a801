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
  }
`);

const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($key: String!, $from: String) {
    series(indicator: $key, from: $from) {
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
  const [period] = useSearchParam('period');
  const [range, setRange] = useChoiceParam<Range>('range', RANGES, '2y');
  const page = useQuery(IndicatorPageQuery, { variables: { key, period } });
  const data = page.data;

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

  const series = useQuery(IndicatorSeriesQuery, {
    variables: { key, from: indicator ? firstPeriodOf(range, indicator.frequency) : null },
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
        <RankingPanels
          indicator={indicator}
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
          indicator={indicator}
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
