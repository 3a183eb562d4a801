import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Body1,
  Button,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { STATUSES } from '../../interventions/status';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { useUpdateSearchParams } from '../../url/use-search-param';
import { ActiveFilter } from './ActiveFilter';
import { InterventionTable } from './InterventionTable';
import { apiFilter, isEmptyFilter, LIST_PARAMS, listFilterFrom } from './list-filter';

const InterventionListQuery = graphql(`
  query InterventionList($filter: InterventionFilter, $after: String) {
    me {
      id
      accessRoles
    }
    organisations {
      code
      name
    }
    districts {
      code
      name
    }
    interventions(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...InterventionTable_intervention
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
  },
  // Grid items may shrink below their content: a long district name must not widen the page.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  search: {
    minWidth: 0,
    gridColumn: 'span 2',
    '@media (max-width: 599.98px)': { gridColumn: 'auto' },
  },
  active: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  activeText: { flexBasis: '20rem', flexGrow: 1, overflowWrap: 'anywhere' },
  notice: { display: 'grid', gap: tokens.spacingVerticalM, justifyItems: 'start' },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
});

const YES_NO = ['any', 'yes', 'no'] as const;
type YesNo = (typeof YES_NO)[number];
const yesNo = (value: boolean | undefined): YesNo =>
  value === undefined ? 'any' : value ? 'yes' : 'no';
const flag = (value: string): string | null => (value === 'any' ? null : value);

/** Every intervention, filtered by owner, status, district, delay and words; a page at a time. */
export default function InterventionListPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const navigate = useNavigate();
  const listFilter = listFilterFrom(params);
  const filter = apiFilter(listFilter);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    InterventionListQuery,
    { variables: { filter }, notifyOnNetworkStatusChange: true },
  );
  const retry = () => void refetch();
  const urlSearch = listFilter.search ?? '';
  const [search, setSearch] = useState(urlSearch);
  const [shownSearch, setShownSearch] = useState(urlSearch);
  // The address changed from outside (a link, Back, "clear"): the box follows it.
  if (urlSearch !== shownSearch) {
    setShownSearch(urlSearch);
    setSearch(urlSearch);
  }
  useEffect(() => {
    if (search.trim() === urlSearch) return;
    const timer = setTimeout(() => update({ [LIST_PARAMS.search]: search.trim() || null }), 300);
    return () => clearTimeout(timer);
  }, [search, urlSearch, update]);

  // While another filter loads, the previous list stays in view, dimmed.
  const list = (data ?? previousData)?.interventions;
  const options = data ?? previousData;
  const rows = list?.edges.map((e) => e.node);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () =>
    void fetchMore({ variables: { filter, after: list?.pageInfo.endCursor ?? null } });
  const statuses = listFilter.statuses ?? [];
  const statusNames = statuses.map((s) => t.interventionStatus[s]);
  const clearAll = () =>
    update(Object.fromEntries(Object.values(LIST_PARAMS).map((name) => [name, null])));

  return (
    <PageLayout
      title={t.interventions.title}
      description={t.interventions.description}
      notice={
        <div className={styles.notice}>
          {options?.me?.accessRoles.includes('LEADERSHIP') && (
            <Button appearance="primary" onClick={() => void navigate('/insatser/ny')}>
              {t.interventionWork.newIntervention}
            </Button>
          )}
          <DemoDataNotice />
        </div>
      }
    >
      <Panel title={t.interventions.filters} wide>
        <div className={styles.filters}>
          <Field label={t.interventions.owner} className={styles.field}>
            <Select
              className={styles.select}
              value={listFilter.owner ?? ''}
              onChange={(_, d) => update({ [LIST_PARAMS.owner]: d.value || null })}
            >
              <option value="">{t.interventions.anyOwner}</option>
              {options?.organisations?.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.interventions.status} className={styles.field}>
            <Select
              className={styles.select}
              value={statuses.join(',')}
              onChange={(_, d) => update({ [LIST_PARAMS.statuses]: d.value || null })}
            >
              <option value="">{t.interventions.anyStatus}</option>
              {statuses.length > 1 && (
                <option value={statuses.join(',')}>
                  {t.listFilter.severalStatuses(statusNames.join(', '))}
                </option>
              )}
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.interventionStatus[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.interventions.district} className={styles.field}>
            <Select
              className={styles.select}
              value={listFilter.district ?? ''}
              onChange={(_, d) => update({ [LIST_PARAMS.district]: d.value || null })}
            >
              <option value="">{t.interventions.anyDistrict}</option>
              {options?.districts?.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.interventions.overdue} className={styles.field}>
            <Select
              className={styles.select}
              value={yesNo(listFilter.overdue)}
              onChange={(_, d) => update({ [LIST_PARAMS.overdue]: flag(d.value) })}
            >
              {YES_NO.map((o) => (
                <option key={o} value={o}>
                  {t.interventions.overdueChoices[o]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.listFilter.lateLabel} className={styles.field}>
            <Select
              className={styles.select}
              value={yesNo(listFilter.late)}
              onChange={(_, d) => update({ [LIST_PARAMS.late]: flag(d.value) })}
            >
              {YES_NO.map((o) => (
                <option key={o} value={o}>
                  {t.listFilter.lateChoices[o]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.listFilter.promiseLabel} className={styles.field}>
            <Select
              className={styles.select}
              value={yesNo(listFilter.citizenPromise)}
              onChange={(_, d) => update({ [LIST_PARAMS.citizenPromise]: flag(d.value) })}
            >
              {YES_NO.map((o) => (
                <option key={o} value={o}>
                  {t.listFilter.promiseChoices[o]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t.interventions.search}
            hint={t.interventions.searchHint}
            className={styles.search}
          >
            <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
          </Field>
        </div>
        {!isEmptyFilter(listFilter) && (
          <ActiveFilter
            filter={listFilter}
            organisations={options?.organisations ?? []}
            districts={options?.districts ?? []}
            onClear={clearAll}
            className={styles.active}
            textClassName={styles.activeText}
          />
        )}
      </Panel>
      <Panel
        title={t.interventions.list}
        wide
        loading={loading && !rows}
        refreshing={loading && !!rows && !loadingMore}
        error={errorForField(error, 'interventions', rows != null, t.errors)}
        onRetry={retry}
      >
        {list && rows && (
          <>
            <InterventionTable
              interventions={rows}
              label={t.interventions.listTable}
              exportFileName={t.interventions.fileName}
              emptyText={t.interventions.noRows}
            />
            <div className={styles.footer}>
              <Body1 role="status">{t.interventions.count(rows.length, list.totalCount)}</Body1>
              {list.pageInfo.hasNextPage && (
                <Button onClick={loadMore} disabled={loadingMore}>
                  {t.interventions.loadMore}
                </Button>
              )}
            </div>
          </>
        )}
      </Panel>
    </PageLayout>
  );
}
