import { useMutation, useQuery } from '@apollo/client/react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { mutationProblem } from '../../apollo/mutation-errors';
import { isLeadership } from '../../app/access';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { ActionPlanDocument } from './ActionPlanDocument';

const ActionPlanDraftQuery = graphql(`
  query ActionPlanDraft {
    me {
      id
      accessRoles
    }
    actionPlanDraft {
      fingerprint
      focusAreas {
        id
        ...ActionPlanDocument_focusArea
      }
      interventions {
        id
        ...ActionPlanDocument_intervention
      }
      indicatorFigures {
        indicatorKey
        ...ActionPlanDocument_figure
      }
    }
  }
`);

const PublishMutation = graphql(`
  mutation PublishActionPlan($title: String!, $period: String!, $expectedDraft: String) {
    publishActionPlan(title: $title, period: $period, expectedDraft: $expectedDraft) {
      version
    }
  }
`);

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    minWidth: 0,
    '@media print': { display: 'none' },
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
});

const LIMITS = { title: 200, period: 50 } as const;

/**
 * Publishing the action plan (leadership): title and period, then a preview of exactly what will
 * be frozen, then the confirmation. The API refuses if the plan changed after the preview.
 */
export default function PublishActionPlanPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const a = t.actionPlan;
  const navigate = useNavigate();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ActionPlanDraftQuery, {
    fetchPolicy: 'network-only',
  });
  const [publish] = useMutation(PublishMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'actionPlans' });
      cache.gc();
    },
  });
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState('');
  const [fields, setFields] = useState<{ title?: string; period?: string }>({});
  const [previewing, setPreviewing] = useState(false);
  const [message, setMessage] = useState<{ intent: 'warning' | 'error'; text: string } | null>(
    null,
  );
  const [publishing, setPublishing] = useState(false);
  const draft = data?.actionPlanDraft;
  const leadership = data?.me ? isLeadership(data.me.accessRoles) : false;
  const failed = errorForField(error, 'actionPlanDraft', draft != null, t.errors);

  const check = () => {
    const found: typeof fields = {};
    for (const [key, value] of [
      ['title', title],
      ['period', period],
    ] as const) {
      if (value.trim() === '') found[key] = a.required;
      else if (value.trim().length > LIMITS[key]) found[key] = a.tooLong(LIMITS[key]);
    }
    setFields(found);
    return Object.keys(found).length === 0;
  };

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!check()) return;
    await refetch();
    setPreviewing(true);
  };

  const confirm = async () => {
    if (!draft || !check()) return;
    setPublishing(true);
    setMessage(null);
    try {
      const result = await publish({
        variables: { title, period, expectedDraft: draft.fingerprint },
      });
      const version = result.data?.publishActionPlan.version;
      if (version) void navigate(`/atgardsplan/${version}`, { state: { published: version } });
    } catch (caught) {
      const problem = mutationProblem(caught as Error);
      if (problem.kind === 'conflict') {
        await refetch();
        setMessage({ intent: 'warning', text: a.draftChanged });
      } else if (problem.kind === 'invalid') {
        setFields(problem.fields);
        setMessage({ intent: 'error', text: `${a.publishFailed} ${problem.message}` });
      } else {
        setMessage({ intent: 'error', text: `${a.publishFailed} ${problem.message}` });
      }
    } finally {
      setPublishing(false);
    }
  };

  if (data?.me && !leadership) {
    return (
      <PageLayout title={a.publishTitle}>
        <Body1>
          {a.leadershipOnly} <AppLink to="/atgardsplan">{a.back}</AppLink>
        </Body1>
      </PageLayout>
    );
  }

  return (
    <PageLayout title={a.publishTitle} description={a.publishIntro} panelMinWidth="100%">
      <form
        className={styles.form}
        aria-labelledby={headingId}
        onSubmit={(event) => void preview(event)}
        noValidate
      >
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {a.publish}
        </Subtitle1>
        <Field
          label={a.planTitle}
          required
          validationMessage={fields.title}
          validationState={fields.title ? 'error' : 'none'}
        >
          <Input
            value={title}
            placeholder={a.titlePlaceholder}
            onChange={(_, d) => {
              setTitle(d.value);
              setPreviewing(false);
            }}
          />
        </Field>
        <Field
          label={a.period}
          required
          validationMessage={fields.period}
          validationState={fields.period ? 'error' : 'none'}
        >
          <Input
            value={period}
            placeholder={a.periodPlaceholder}
            onChange={(_, d) => {
              setPeriod(d.value);
              setPreviewing(false);
            }}
          />
        </Field>
        <div className={styles.buttons}>
          <Button type="submit" appearance={previewing ? 'secondary' : 'primary'}>
            {a.preview}
          </Button>
          <AppLink to="/atgardsplan">{a.back}</AppLink>
        </div>
      </form>
      <div role="status">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {previewing && (
        <Panel
          title={a.previewTitle}
          wide
          loading={loading && !draft}
          error={failed}
          onRetry={() => void refetch()}
        >
          {draft && (
            <>
              <ActionPlanDocument
                heading={
                  <Subtitle1 as="p" className={styles.heading}>
                    {title} · {a.period} {period}
                  </Subtitle1>
                }
                focusAreas={draft.focusAreas}
                interventions={draft.interventions}
                figures={draft.indicatorFigures}
              />
              <div className={styles.buttons}>
                <Button appearance="primary" disabled={publishing} onClick={() => void confirm()}>
                  {publishing ? a.publishing : a.confirm}
                </Button>
              </div>
            </>
          )}
        </Panel>
      )}
    </PageLayout>
  );
}
