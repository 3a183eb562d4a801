import { useMutation, useQuery } from '@apollo/client/react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { DemoDataNotice } from '../../app/DemoDataNotice';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { ChangeOutcome } from '../../interventions/ChangeOutcome';
import { useInterventionChange } from '../../interventions/use-intervention-change';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { createInput, emptyDraft } from './edit/intervention-draft';
import { InterventionFields } from './edit/InterventionFields';
import { useDraftProblems } from './edit/use-draft-problems';

const NewInterventionQuery = graphql(`
  query NewIntervention {
    me {
      id
      accessRoles
    }
    ...InterventionFormOptions_query
  }
`);

const CreateInterventionMutation = graphql(`
  mutation CreateIntervention($input: CreateInterventionInput!) {
    createIntervention(input: $input) {
      id
    }
  }
`);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
});

/** Ny insats: leadership creates an intervention; anyone else is told who may. */
export default function NewInterventionPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const w = t.interventionWork;
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NewInterventionQuery);
  const [draft, setDraft] = useState(emptyDraft);
  const [mutate] = useMutation(CreateInterventionMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'interventions' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'kpiSummary' });
      cache.gc();
    },
  });
  const change = useInterventionChange();
  const problems = useDraftProblems(change);
  const failed = errorForField(error, 'organisations', data != null, t.errors);
  const isLeader = data?.me?.accessRoles.includes('LEADERSHIP') ?? false;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problems.check(draft)) return;
    void change.run(0, w.saved, async () => {
      const result = await mutate({ variables: { input: createInput(draft) } });
      const id = result.data?.createIntervention.id;
      if (id) void navigate(`/insatser/${encodeURIComponent(id)}`);
    });
  };

  return (
    <PageLayout title={w.newTitle} description={w.newDescription} notice={<DemoDataNotice />}>
      <Panel
        title={w.newTitle}
        wide
        loading={loading && !data}
        error={failed}
        onRetry={() => void refetch()}
      >
        {data && !isLeader ? (
          <p>
            {w.access.notLeadership} <AppLink to="/insatser">{t.interventions.title}</AppLink>
          </p>
        ) : (
          data && (
            <form className={styles.form} aria-label={w.newTitle} onSubmit={submit} noValidate>
              <InterventionFields
                mode="create"
                draft={draft}
                onChange={setDraft}
                options={data}
                fieldProps={problems.fieldProps}
              />
              <Button
                type="submit"
                appearance="primary"
                className={styles.submit}
                disabled={change.state.kind === 'saving'}
              >
                {change.state.kind === 'saving' ? w.creating : w.create}
              </Button>
              {change.state.kind === 'problem' && (
                <ChangeOutcome change={change} version={0} onReload={() => void refetch()} />
              )}
            </form>
          )
        )}
      </Panel>
    </PageLayout>
  );
}
