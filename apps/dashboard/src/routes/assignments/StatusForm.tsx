import { useMutation } from '@apollo/client/react';
import { Field, Subtitle2 } from '@fluentui/react-components';
import { ShrinkingSelect } from '../../ui/ShrinkingSelect';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { InterventionStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ChangeOutcome } from '../../interventions/ChangeOutcome';
import { STATUSES } from '../../interventions/status';
import { useInterventionChange } from '../../interventions/use-intervention-change';
import {
  afterChange,
  refetchQueries,
  SubmitButton,
  useFormStyles,
  type AssignmentFormProps,
} from './assignment-form';

const SetStatusMutation = graphql(`
  mutation SetInterventionStatus($id: ID!, $expectedVersion: Int!, $status: InterventionStatus!) {
    setInterventionStatus(id: $id, expectedVersion: $expectedVersion, status: $status) {
      id
      ...AssignmentCard_intervention
    }
  }
`);

/** Sets the intervention's status. */
export function StatusForm({ intervention, onReload }: AssignmentFormProps) {
  const styles = useFormStyles();
  const { t } = useI18n();
  const headingId = useId();
  // Until the user picks one, the form shows the intervention's status as it is now.
  const [chosen, setStatus] = useState<InterventionStatus | null>(null);
  const status = chosen ?? intervention.status;
  const [mutate] = useMutation(SetStatusMutation, { update: afterChange, refetchQueries });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const saved = t.interventionWork.statusSaved(intervention.title, t.interventionStatus[status]);
    void change.run(intervention.version, saved, (expectedVersion) =>
      mutate({ variables: { id: intervention.id, expectedVersion, status } }),
    );
  };
  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.assignments.setStatus}
      </Subtitle2>
      <Field label={t.assignments.newStatus} {...change.fieldProps('status')}>
        <ShrinkingSelect
          value={status}
          onChange={(_, d) => setStatus(d.value as InterventionStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.interventionStatus[s]}
            </option>
          ))}
        </ShrinkingSelect>
      </Field>
      <SubmitButton change={change} label={t.assignments.saveStatus} />
      <ChangeOutcome change={change} version={intervention.version} onReload={onReload} />
    </form>
  );
}
