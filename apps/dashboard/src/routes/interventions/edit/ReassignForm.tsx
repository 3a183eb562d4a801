import { useMutation } from '@apollo/client/react';
import { Button, Field, makeStyles, tokens } from '@fluentui/react-components';
import { ShrinkingSelect } from '../../../ui/ShrinkingSelect';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/use-i18n';
import { ChangeOutcome } from '../../../interventions/ChangeOutcome';
import type { ChangeNames } from '../../../interventions/change-words';
import { useInterventionChange } from '../../../interventions/use-intervention-change';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';

const ReassignInterventionMutation = graphql(`
  mutation ReassignIntervention(
    $id: ID!
    $expectedVersion: Int!
    $owner: String!
    $coOwners: [String!]!
  ) {
    reassignIntervention(
      id: $id
      expectedVersion: $expectedVersion
      owner: $owner
      coOwners: $coOwners
    ) {
      id
      version
    }
  }
`);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
});

/** Leadership assigns the owner and co-owners. */
export function ReassignForm(props: {
  intervention: {
    id: string;
    version: number;
    owner: { code: string };
    coOwners: ReadonlyArray<{ code: string }>;
  };
  organisations: ReadonlyArray<{ code: string; name: string }>;
  names: ChangeNames;
  onReload: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const w = t.interventionWork;
  const [owner, setOwner] = useState<string | null>(null);
  const [coOwners, setCoOwners] = useState<string[] | null>(null);
  const chosenOwner = owner ?? props.intervention.owner.code;
  const chosenCoOwners = (coOwners ?? props.intervention.coOwners.map((o) => o.code)).filter(
    (code) => code !== chosenOwner,
  );
  const [mutate] = useMutation(ReassignInterventionMutation, {
    refetchQueries: ['InterventionDetail'],
    awaitRefetchQueries: true,
  });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const variables = { id: props.intervention.id, owner: chosenOwner, coOwners: chosenCoOwners };
    void change
      .run(props.intervention.version, w.ownersSaved, (expectedVersion) =>
        mutate({ variables: { ...variables, expectedVersion } }),
      )
      .then((saved) => {
        if (!saved) return;
        setOwner(null);
        setCoOwners(null);
      });
  };
  return (
    <form className={styles.form} aria-label={w.reassign} onSubmit={submit} noValidate>
      <Field label={w.fields.owner} {...change.fieldProps('owner')}>
        <ShrinkingSelect value={chosenOwner} onChange={(_, d) => setOwner(d.value)}>
          {props.organisations.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </ShrinkingSelect>
      </Field>
      <CheckboxGroup
        legend={w.fields.coOwners}
        options={props.organisations.map((o) => ({
          value: o.code,
          label: o.name,
          disabled: o.code === chosenOwner,
        }))}
        selected={chosenCoOwners}
        onChange={setCoOwners}
        error={change.fieldError('coOwners')}
      />
      <Button
        type="submit"
        appearance="primary"
        className={styles.submit}
        disabled={change.state.kind === 'saving'}
      >
        {change.state.kind === 'saving' ? t.assignments.saving : w.saveOwners}
      </Button>
      <ChangeOutcome
        change={change}
        version={props.intervention.version}
        names={props.names}
        onReload={props.onReload}
      />
    </form>
  );
}
