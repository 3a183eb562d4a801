import { useMutation } from '@apollo/client/react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/use-i18n';
import { ChangeOutcome } from '../../../interventions/ChangeOutcome';
import { useInterventionChange } from '../../../interventions/use-intervention-change';

const AddMilestoneMutation = graphql(`
  mutation AddMilestone($interventionId: ID!, $expectedVersion: Int!, $milestone: MilestoneInput!) {
    addMilestone(
      interventionId: $interventionId
      expectedVersion: $expectedVersion
      milestone: $milestone
    ) {
      id
      version
    }
  }
`);

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  wide: { gridColumn: '1 / -1' },
});

/** Adds a milestone: appended beside the intervention, so nothing changed meanwhile stops it. */
export function AddMilestoneForm(props: {
  intervention: { id: string; version: number };
  onReload: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const w = t.interventionWork;
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [mutate] = useMutation(AddMilestoneMutation, {
    refetchQueries: ['InterventionDetail'],
    awaitRefetchQueries: true,
  });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const milestone = { title, dueDate };
    void change
      .run(props.intervention.version, w.milestoneAdded2(title.trim()), (expectedVersion) =>
        mutate({
          variables: { interventionId: props.intervention.id, expectedVersion, milestone },
        }),
      )
      .then((saved) => {
        if (!saved) return;
        setTitle('');
        setDueDate('');
      });
  };
  return (
    <form className={styles.form} aria-label={w.addMilestone} onSubmit={submit} noValidate>
      <Field label={w.milestoneTitle} required {...change.fieldProps('milestone.title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={w.dueDate} required {...change.fieldProps('milestone.dueDate')}>
        <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      <Button type="submit" disabled={change.state.kind === 'saving'}>
        {w.addMilestone}
      </Button>
      <div className={styles.wide}>
        <ChangeOutcome
          change={change}
          version={props.intervention.version}
          onReload={props.onReload}
        />
      </div>
    </form>
  );
}
