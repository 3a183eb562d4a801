import { todayInStockholm } from '@lagesbild/period';
import type { ApolloCache } from '@apollo/client';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AssignmentCard_InterventionFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import type { InterventionChange } from '../../interventions/use-intervention-change';

/** What the three forms of an assignment share: layout, the cache after a change, the button. */
export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  submit: { alignSelf: 'flex-start' },
});

/**
 * After a change, the summaries computed from every intervention are stale: drop them, so the
 * next view asks again, and fetch the assignments anew (the page keeps their order).
 */
export function afterChange(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'kpiSummary' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'interventions' });
  cache.gc();
}

export const refetchQueries = ['MyAssignments'];

/** Today in Stockholm, the day a report or a completed milestone is dated by default. */
export const today = todayInStockholm;

export interface AssignmentFormProps {
  intervention: AssignmentCard_InterventionFragment;
  onReload: () => void;
}

/** The form's submit button, which says so while the change is being saved. */
export function SubmitButton({ change, label }: { change: InterventionChange; label: string }) {
  const styles = useFormStyles();
  const { t } = useI18n();
  const saving = change.state.kind === 'saving';
  return (
    <Button type="submit" appearance="primary" className={styles.submit} disabled={saving}>
      {saving ? t.assignments.saving : label}
    </Button>
  );
}
