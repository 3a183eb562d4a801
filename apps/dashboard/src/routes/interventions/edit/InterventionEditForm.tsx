import { useMutation } from '@apollo/client/react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/use-i18n';
import { ChangeOutcome } from '../../../interventions/ChangeOutcome';
import type { ChangeNames } from '../../../interventions/change-words';
import { useInterventionChange } from '../../../interventions/use-intervention-change';
import {
  draftFrom,
  updateInput,
  type InterventionDraft,
  type InterventionValues,
} from './intervention-draft';
import { InterventionFields, type InterventionFormOptions } from './InterventionFields';
import { useDraftProblems } from './use-draft-problems';

const UpdateInterventionMutation = graphql(`
  mutation UpdateIntervention($id: ID!, $expectedVersion: Int!, $input: UpdateInterventionInput!) {
    updateIntervention(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * Edits an intervention. The form holds only what the user changed, over the intervention as it
 * is now, and sends only that: what someone else changed meanwhile in other fields stays theirs.
 */
export function InterventionEditForm(props: {
  intervention: InterventionValues & { id: string; version: number };
  options: InterventionFormOptions;
  names: ChangeNames;
  onReload: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const w = t.interventionWork;
  const base = draftFrom(props.intervention);
  const [edits, setEdits] = useState<Partial<InterventionDraft>>({});
  const draft: InterventionDraft = { ...base, ...edits };
  const [mutate] = useMutation(UpdateInterventionMutation, {
    refetchQueries: ['InterventionDetail'],
    awaitRefetchQueries: true,
  });
  const change = useInterventionChange();
  const problems = useDraftProblems(change);
  const [unchanged, setUnchanged] = useState(false);

  const onChange = (next: InterventionDraft) => {
    setUnchanged(false);
    setEdits(
      Object.fromEntries(
        (Object.keys(next) as (keyof InterventionDraft)[])
          .filter((key) => JSON.stringify(next[key]) !== JSON.stringify(base[key]))
          .map((key) => [key, next[key]]),
      ),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problems.check(draft)) return;
    const input = updateInput(draft, base);
    if (Object.keys(input).length === 0) {
      setUnchanged(true);
      return;
    }
    void change
      .run(props.intervention.version, w.saved, (expectedVersion) =>
        mutate({ variables: { id: props.intervention.id, expectedVersion, input } }),
      )
      .then((saved) => {
        if (saved) setEdits({});
      });
  };

  return (
    <form className={styles.form} aria-label={w.edit} onSubmit={submit} noValidate>
      <InterventionFields
        mode="edit"
        draft={draft}
        onChange={onChange}
        options={props.options}
        fieldProps={problems.fieldProps}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={change.state.kind === 'saving'}>
          {change.state.kind === 'saving' ? t.assignments.saving : w.save}
        </Button>
      </div>
      {unchanged && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{w.nothingChanged}</MessageBarBody>
        </MessageBar>
      )}
      <ChangeOutcome
        change={change}
        version={props.intervention.version}
        names={props.names}
        onReload={props.onReload}
      />
    </form>
  );
}
