import { useQuery } from '@apollo/client/react';
import { Body1 } from '@fluentui/react-components';
import { useRef } from 'react';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { AssignmentCard } from './AssignmentCard';

const MyAssignmentsQuery = graphql(`
  query MyAssignments {
    me {
      id
      organisation {
        code
        name
      }
    }
    myAssignments {
      id
      ...AssignmentCard_intervention
    }
  }
`);

/**
 * The order the assignments were first shown in, kept while the page is open: a change (a
 * milestone done, a new status) must not move a card, or another intervention's identical button
 * would land under the cursor. New ones go last; the next visit sorts afresh.
 */
function useStableOrder<T extends { id: string }>(items: readonly T[] | null | undefined): T[] {
  const order = useRef(new Map<string, number>());
  if (!items) return [];
  for (const item of items) {
    if (!order.current.has(item.id)) order.current.set(item.id, order.current.size);
  }
  const position = (item: T) => order.current.get(item.id) ?? 0;
  return [...items].sort((a, b) => position(a) - position(b));
}

/** What the signed-in person's organisation owns or co-owns, overdue first, with its forms. */
export default function AssignmentsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MyAssignmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void refetch();
  const assignments = data?.myAssignments;
  const ordered = useStableOrder(assignments);
  const organisation = data?.me?.organisation;
  const failed = errorForField(error, 'myAssignments', assignments != null, t.errors);

  return (
    <PageLayout
      title={t.assignments.title}
      description={
        organisation
          ? `${organisation.name}. ${t.assignments.description}`
          : t.assignments.description
      }
      notice={<DemoDataNotice />}
      panelMinWidth="40rem"
    >
      {failed || (loading && !assignments) ? (
        <Panel
          title={t.assignments.title}
          wide
          loading={loading && !assignments}
          error={failed}
          onRetry={reload}
        />
      ) : assignments && assignments.length > 0 ? (
        ordered.map((a) => <AssignmentCard key={a.id} intervention={a} onReload={reload} />)
      ) : (
        <Panel title={t.assignments.title} wide>
          <Body1>
            {data?.me && !organisation ? t.assignments.noOrganisation : t.assignments.none}
          </Body1>
        </Panel>
      )}
    </PageLayout>
  );
}
