import { useMutation } from '@apollo/client/react';
import { Field, Subtitle2, Textarea } from '@fluentui/react-components';
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
  today,
  useFormStyles,
  type AssignmentFormProps,
} from './assignment-form';

const AddReportMutation = graphql(`
  mutation AddProgressReport(
    $interventionId: ID!
    $expectedVersion: Int!
    $report: ProgressReportInput!
  ) {
    addProgressReport(
      interventionId: $interventionId
      expectedVersion: $expectedVersion
      report: $report
    ) {
      id
      ...AssignmentCard_intervention
    }
  }
`);

/**
 * Adds a progress report. A report is appended: changes others made meanwhile do not stop it,
 * unless it changes the status someone else has just changed; then the text stays in the form
 * and can be sent again as it is.
 */
export function ReportForm({ intervention, onReload }: AssignmentFormProps) {
  const styles = useFormStyles();
  const { t } = useI18n();
  const headingId = useId();
  // Until the user picks one, the form shows the intervention's status as they last saw it.
  const [chosen, setStatus] = useState<InterventionStatus | null>(null);
  const status = chosen ?? intervention.status;
  const [text, setText] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [mutate] = useMutation(AddReportMutation, { update: afterChange, refetchQueries });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const report = { status, text, nextSteps, reportedOn: today() };
    void change
      .run(intervention.version, t.interventionWork.reportSaved(intervention.title), (version) =>
        mutate({
          variables: { interventionId: intervention.id, expectedVersion: version, report },
        }),
      )
      .then((saved) => {
        if (!saved) return;
        setText('');
        setNextSteps('');
        setStatus(null);
      });
  };
  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.assignments.addReport}
      </Subtitle2>
      <Field label={t.assignments.reportStatus} {...change.fieldProps('status')}>
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
      <Field label={t.assignments.reportText} {...change.fieldProps('text')}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label={t.assignments.reportNextSteps} {...change.fieldProps('nextSteps')}>
        <Textarea value={nextSteps} onChange={(_, d) => setNextSteps(d.value)} resize="vertical" />
      </Field>
      <SubmitButton change={change} label={t.assignments.saveReport} />
      <ChangeOutcome
        change={change}
        version={intervention.version}
        onReload={onReload}
        retryLabel={t.interventionWork.retryWithMine}
      />
    </form>
  );
}
