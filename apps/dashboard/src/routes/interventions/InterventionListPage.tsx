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
import type { InterventionFilter, InterventionStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { STATUSES } from '../../interventions/status';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { useUpdateSearchParams } from '../../url/use-search-param';
import { InterventionTable } from './InterventionTable';

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
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
  },
  field: { minWidth: '12rem' },
  search: { minWidth: '18rem' },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL },
  notice: { display: 'grid', gap: tokens.spacingVerticalM, justifyItems: 'start' },
});

const OVERDUE = ['any', 'yes', 'no'] as const;

/** The filter as the address holds it. */
function filterFrom(params: URLSearchParams): InterventionFilter {
  const status = params.get('status');
  const overdue = params.get('overdue');
  return {
    owner: params.get('owner') || undefined,
    status: STATUSES.includes(status as InterventionStatus)
      ? [status as InterventionStatus]
      : undefined,
    district: params.get('district') || undefined,
    overdue: overdue === 'yes' ? true : overdue === 'no' ? false : undefined,
    search: params.get('q') || undefined,
  };
}

/** Every intervention, filtered by owner, status, district, delay and words; a page at a time. */
export default function InterventionListPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const navigate = useNavigate();
  const filter = filterFrom(params);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    InterventionListQuery,
    { variables: { filter }, notifyOnNetworkStatusChange: true },
  );
  const retry = () => void refetch();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const urlSearch = params.get('q') ?? '';
  useEffect(() => {
    if (search === urlSearch) return;
    const timer = setTimeout(() => update({ q: search.trim() || null }), 300);
    return () => clearTimeout(timer);
  }, [search, urlSearch, update]);

  // While another filter loads, the previous list stays in view, dimmed.
  const list = (data ?? previousData)?.interventions;
  const options = data ?? previousData;
  const rows = list?.edges.map((e) => e.node);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () =>
    void fetchMore({ variables: { filter, after: list?.pageInfo.endCursor ?? null } });

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
              value={params.get('owner') ?? ''}
              onChange={(_, d) => update({ owner: d.value || null })}
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
              value={filter.status?.[0] ?? ''}
              onChange={(_, d) => update({ status: d.value || null })}
            >
              <option value="">{t.interventions.anyStatus}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.interventionStatus[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.interventions.district} className={styles.field}>
            <Select
              value={params.get('district') ?? ''}
              onChange={(_, d) => update({ district: d.value || null })}
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
              value={params.get('overdue') ?? 'any'}
              onChange={(_, d) => update({ overdue: d.value === 'any' ? null : d.value })}
            >
              {OVERDUE.map((o) => (
                <option key={o} value={o}>
                  {t.interventions.overdueChoices[o]}
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
