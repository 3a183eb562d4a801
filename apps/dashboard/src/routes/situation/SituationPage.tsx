import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { CompletenessNote } from '../../periods/CompletenessNote';
import { granularitiesFor, granularityOf, latestComplete } from '../../periods/period-choice';
import { PeriodPicker } from '../../periods/PeriodPicker';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import type { SortState } from '../../ui/sort';
import { useChoiceParam, useSearchParam, useUpdateSearchParams } from '../../url/use-search-param';
import { SituationFilters } from './SituationFilters';
import { SituationMap } from './SituationMap';
import { MEASURES, buildSituation } from './situation-model';
import { SituationTable } from './SituationTable';

const SituationPageQuery = graphql(`
  query SituationPage($period: String) {
    indicators {
      ...SituationModel_indicator
    }
    districts {
      code
      name
      boundary
    }
    situationPicture(period: $period) {
      period
      synthetic
      cells {
        ...SituationModel_cell
      }
      municipal {
        period
        value
        reportedDistricts
        expectedDistricts
        complete
        indicator {
          key
        }
      }
    }
  }
`);

// The months, quarters and years the selected indicator's data covers, and how completely.
const SituationPeriodsQuery = graphql(`
  query SituationPeriods($indicators: [String!]) {
    MONTH: situationPeriods(indicators: $indicators, granularity: MONTH) {
      period
      complete
      ...PeriodPicker_coverage
    }
    QUARTER: situationPeriods(indicators: $indicators, granularity: QUARTER) {
      period
      complete
      ...PeriodPicker_coverage
    }
    YEAR: situationPeriods(indicators: $indicators, granularity: YEAR) {
      period
      complete
      ...PeriodPicker_coverage
    }
  }
`);

const DIRECTIONS = ['asc', 'desc'] as const;

/**
 * The lägesbild: one indicator on the map beside every indicator in a table, for a period. The
 * indicator, period, measure and sort order live in the address, so a shared link reopens the view.
 */
export default function SituationPage() {
  const { t, locale } = useI18n();
  const [indicatorParam, setIndicator] = useSearchParam('indicator');
  const [periodParam, setPeriod] = useSearchParam('period');
  const [measure, setMeasure] = useChoiceParam('measure', MEASURES);
  const [sortParam] = useSearchParam('sort');
  const [direction] = useChoiceParam('dir', DIRECTIONS);
  const updateParams = useUpdateSearchParams();

  const query = useQuery(SituationPageQuery, { variables: { period: periodParam } });
  // While another period loads, the previous one stays on screen, marked busy, instead of a blank.
  const data = query.data ?? query.previousData;
  const { loading, error, refetch } = query;
  const retry = () => void refetch();

  const situation = useMemo(
    () =>
      data?.situationPicture && data.indicators && data.districts
        ? buildSituation(data.indicators, data.situationPicture.cells, data.districts, locale, t)
        : null,
    [data, locale, t],
  );
  const selected =
    situation?.indicators.find((indicator) => indicator.key === indicatorParam) ??
    situation?.indicators[0];

  const periods = useQuery(
    SituationPeriodsQuery,
    selected ? { variables: { indicators: [selected.key] } } : skipToken,
  );
  const periodLists = periods.data ?? periods.previousData;
  // The period shown: the one chosen, else the selected indicator's latest.
  const shownPeriod = periodParam ?? selected?.period ?? null;
  const granularity = granularityOf(shownPeriod) ?? selected?.frequency ?? 'MONTH';
  const municipal = data?.situationPicture?.municipal.find(
    (figure) => figure.indicator.key === selected?.key,
  );

  const sort: SortState | null = sortParam
    ? { key: sortParam, direction: direction === 'asc' ? 'ascending' : 'descending' }
    : null;
  const setSort = (next: SortState) =>
    updateParams({ sort: next.key, dir: next.direction === 'ascending' ? null : 'desc' });

  const pictureError = errorForField(error, 'situationPicture', situation !== null, t.errors);
  const busy = loading && !situation;
  const refreshing = loading && situation !== null;

  return (
    <PageLayout
      title={t.situation.title}
      description={t.situation.description}
      notice={data?.situationPicture?.synthetic ? <DemoDataNotice /> : undefined}
      panelMinWidth="42rem"
    >
      <Panel
        title={t.situation.filters}
        wide
        loading={busy}
        error={errorForField(error, 'indicators', data?.indicators != null, t.errors)}
        onRetry={retry}
      >
        {situation && selected && (
          <SituationFilters
            indicators={situation.indicators}
            selected={selected}
            onIndicatorChange={(key) => setIndicator(key)}
            measure={measure}
            onMeasureChange={setMeasure}
            periodPicker={
              <PeriodPicker
                granularities={granularitiesFor(selected.frequency)}
                granularity={granularity}
                onGranularityChange={(next) => {
                  const latest = periodLists ? latestComplete(periodLists[next]) : null;
                  if (latest) setPeriod(latest);
                }}
                periods={periodLists?.[granularity] ?? null}
                value={shownPeriod}
                onChange={(period) => setPeriod(period)}
                error={periods.error && !periodLists ? periods.error.message : undefined}
              />
            }
          />
        )}
      </Panel>
      <Panel
        title={t.situation.map}
        actions={
          selected && (
            <AppLink
              to={`/indikator/${encodeURIComponent(selected.key)}${
                periodParam ? `?period=${encodeURIComponent(periodParam)}` : ''
              }`}
            >
              {t.situation.ranking}
            </AppLink>
          )
        }
        loading={busy}
        refreshing={refreshing}
        error={pictureError ?? errorForField(error, 'districts', data?.districts != null, t.errors)}
        onRetry={retry}
      >
        {municipal && (
          <CompletenessNote
            reportedDistricts={municipal.reportedDistricts}
            expectedDistricts={municipal.expectedDistricts}
            complete={municipal.complete}
          />
        )}
        {situation && selected && (
          <SituationMap
            indicator={selected}
            rows={situation.rows}
            measure={measure}
            municipal={municipal ?? null}
          />
        )}
      </Panel>
      <Panel
        title={t.situation.table}
        loading={busy}
        refreshing={refreshing}
        error={pictureError}
        onRetry={retry}
      >
        {situation && selected && (
          <SituationTable
            indicators={situation.indicators}
            rows={situation.rows}
            measure={measure}
            selectedKey={selected.key}
            period={selected.period ?? data?.situationPicture?.period ?? ''}
            sort={sort}
            onSortChange={setSort}
          />
        )}
      </Panel>
    </PageLayout>
  );
}
