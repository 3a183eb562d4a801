import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { errorForField } from '../../apollo/errors';
import { mutationProblem } from '../../apollo/mutation-errors';
import { isLeadership } from '../../app/access';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { FocusAreaCard } from './FocusAreaCard';
import { FocusAreaForm } from './FocusAreaForm';
import { SortableFocusAreas, type Move } from './SortableFocusAreas';

const FocusAreasQuery = graphql(`
  query FocusAreas {
    me {
      id
      accessRoles
    }
    focusAreas {
      id
      title
      ...FocusAreaCard_focusArea
      ...FocusAreaForm_focusArea
    }
    ...FocusAreaForm_options
  }
`);

const PrioritiseMutation = graphql(`
  mutation PrioritiseFocusAreas($order: [ID!]!, $expectedOrder: [ID!]!) {
    prioritiseFocusAreas(order: $order, expectedOrder: $expectedOrder) {
      id
      priorityRank
    }
  }
`);

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  card: {
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  status: { minHeight: '1.5rem' },
  wide: { gridColumn: '1 / -1' },
});

type Outcome = { intent: 'success' | 'warning' | 'error'; message: string } | null;

/**
 * The council's focus areas in priority order. Everyone signed in reads them; leadership also
 * adds, edits and reorders them (drag and drop, or the keyboard).
 */
export default function FocusAreasPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(FocusAreasQuery);
  const [prioritise] = useMutation(PrioritiseMutation);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);

  const leadership = data?.me ? isLeadership(data.me.accessRoles) : false;
  const areas = data?.focusAreas ?? [];
  const failed = errorForField(error, 'focusAreas', data?.focusAreas != null, t.errors);
  const shown = pendingOrder
    ? pendingOrder.flatMap((id) => areas.filter((a) => a.id === id))
    : areas;

  const move: Move = async (id, to) => {
    const seen = areas.map((a) => a.id);
    const from = seen.indexOf(id);
    const moved = areas[from];
    if (!moved || to < 0 || to >= seen.length || from === to) return;
    const order = [...seen];
    order.splice(to, 0, ...order.splice(from, 1));
    const title = moved.title;
    setPendingOrder(order);
    setOutcome({ intent: 'success', message: t.focusAreas.reordering });
    try {
      await prioritise({ variables: { order, expectedOrder: seen } });
      await refetch();
      setOutcome({ intent: 'success', message: t.focusAreas.reordered(title, to + 1) });
    } catch (caught) {
      const problem = mutationProblem(caught as Error);
      await refetch();
      setOutcome(
        problem.kind === 'conflict'
          ? { intent: 'warning', message: t.focusAreas.orderConflict }
          : { intent: 'error', message: `${t.focusAreas.orderFailed} ${problem.message}` },
      );
    } finally {
      setPendingOrder(null);
    }
  };

  const saved = async (message: string) => {
    await refetch();
    setCreating(false);
    setEditing(null);
    setOutcome({ intent: 'success', message });
  };

  return (
    <PageLayout
      title={t.focusAreas.title}
      description={t.focusAreas.description}
      panelMinWidth="100%"
      notice={
        <div className={styles.toolbar}>
          {leadership && !creating && (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => {
                setCreating(true);
                setOutcome(null);
              }}
            >
              {t.focusAreas.create}
            </Button>
          )}
          {data?.me && !leadership && <span>{t.focusAreas.readOnly}</span>}
        </div>
      }
    >
      <div role="status" className={mergeClasses(styles.status, styles.wide)}>
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {creating && data && (
        <div className={mergeClasses(styles.card, styles.wide)}>
          <FocusAreaForm
            options={data}
            onSaved={(message) => void saved(message)}
            onCancel={() => setCreating(false)}
            onReload={refetch}
          />
        </div>
      )}
      {failed || (loading && !data) || areas.length === 0 ? (
        <Panel
          title={t.focusAreas.list}
          wide
          loading={loading && !data}
          error={failed}
          onRetry={() => void refetch()}
        >
          {t.focusAreas.none}
        </Panel>
      ) : (
        <SortableFocusAreas
          ids={shown.map((a) => a.id)}
          titles={new Map(shown.map((a) => [a.id, a.title]))}
          canReorder={leadership && !editing}
          busy={pendingOrder !== null}
          onMove={move}
          renderItem={(id, headingId) => {
            const area = shown.find((a) => a.id === id);
            if (!area) return null;
            if (editing === id && data) {
              return (
                <FocusAreaForm
                  options={data}
                  focusArea={area}
                  onSaved={(message) => void saved(message)}
                  onCancel={() => setEditing(null)}
                  onReload={refetch}
                />
              );
            }
            return (
              <>
                <FocusAreaCard focusArea={area} headingId={headingId} />
                {leadership && (
                  <Button
                    onClick={() => {
                      setEditing(id);
                      setOutcome(null);
                    }}
                    aria-label={t.focusAreas.editTitle(area.title)}
                  >
                    {t.focusAreas.edit}
                  </Button>
                )}
              </>
            );
          }}
        />
      )}
    </PageLayout>
  );
}
