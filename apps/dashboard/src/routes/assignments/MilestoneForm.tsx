import { useMutation } from '@apollo/client/react';
import { Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { ShrinkingSelect } from '../../ui/ShrinkingSelect';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { ChangeOutcome } from '../../interventions/ChangeOutcome';
import { useInterventionChange } from '../../interventions/use-intervention-change';
import {
  afterChange,
  refetchQueries,
  SubmitButton,
  today,
  useFormStyles,
  type AssignmentFormProps,
} from './assignment-form';

const CompleteMilestoneMutation = graphql(`
  mutation CompleteMilestone($milestoneId: ID!, $expectedVersion: Int!, $doneDate: String) {
    completeMilestone(
      milestoneId: $milestoneId
      expectedVersion: $expectedVersion
      doneDate: $doneDate
    ) {
      id
      ...AssignmentCard_intervention
    }
  }
`);

/** Marks one of the open milestones done, and says which one of which intervention it was. */
export function MilestoneForm({ intervention, onReload }: AssignmentFormProps) {
  const styles = useFormStyles();
  const { t, format } = useI18n();
  const headingId = useId();
  const open = intervention.milestones.filter((m) => !m.doneDate);
  const [milestoneId, setMilestoneId] = useState(open[0]?.id ?? '');
  const [doneDate, setDoneDate] = useState(today());
  const [mutate] = useMutation(CompleteMilestoneMutation, {
    update: afterChange,
    refetchQueries,
  });
  const change = useInterventionChange();
  const selected = open.find((m) => m.id === milestoneId) ?? open[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    const saved = t.interventionWork.milestoneDone(selected.title, intervention.title);
    void change.run(intervention.version, saved, (expectedVersion) =>
      mutate({
        variables: { milestoneId: selected.id, expectedVersion, doneDate: doneDate || null },
      }),
    );
  };
  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.assignments.completeMilestone}
      </Subtitle2>
      {open.length === 0 || !selected ? (
        <Caption1>{t.assignments.noOpenMilestones}</Caption1>
      ) : (
        <>
          <Field label={t.assignments.milestone} {...change.fieldProps('milestoneId')}>
            <ShrinkingSelect value={selected.id} onChange={(_, d) => setMilestoneId(d.value)}>
              {open.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({format.date(m.dueDate)}
                  {m.isOverdue ? `, ${t.interventions.overdueMark}` : ''})
                </option>
              ))}
            </ShrinkingSelect>
          </Field>
          <Field label={t.assignments.doneDate} {...change.fieldProps('doneDate')}>
            <Input type="date" value={doneDate} onChange={(_, d) => setDoneDate(d.value)} />
          </Field>
          <SubmitButton change={change} label={t.assignments.saveMilestone} />
        </>
      )}
      <ChangeOutcome change={change} version={intervention.version} onReload={onReload} />
    </form>
  );
}
