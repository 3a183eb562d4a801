import { todayInStockholm } from '@lagesbild/period';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { AssignmentCard_InterventionFragment, InterventionStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { STATUSES } from '../../interventions/status';
import { AppLink } from '../../ui/AppLink';
import { Panel } from '../../ui/Panel';
import { ChangeOutcome } from './ChangeOutcome';
import { useInterventionChange } from './use-intervention-change';

export const AssignmentCardFragment = graphql(`
  fragment AssignmentCard_intervention on Intervention {
    id
    title
    version
    status
    overdueMilestones
    endDate
    owner {
      code
      name
    }
    milestones {
      id
      title
      dueDate
      doneDate
      isOverdue
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation SetInterventionStatus($id: ID!, $expectedVersion: Int!, $status: InterventionStatus!) {
    setInterventionStatus(id: $id, expectedVersion: $expectedVersion, status: $status) {
      id
      ...AssignmentCard_intervention
    }
  }
`);

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

type Intervention = AssignmentCard_InterventionFragment;

const useStyles = makeStyles({
  forms: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  overdue: {
    color: '#8f4200',
    fontWeight: tokens.fontWeightSemibold,
  },
  submit: { alignSelf: 'flex-start' },
});

/**
 * After a change, the summaries computed from every intervention are stale: drop them, so the
 * next view asks again, and fetch the assignments anew (their order depends on delays).
 */
function afterChange(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'kpiSummary' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'interventions' });
  cache.gc();
}
const refetchQueries = ['MyAssignments'];

interface FormProps {
  intervention: Intervention;
  onReload: () => void;
}

type Change = ReturnType<typeof useInterventionChange>;

/** The form's submit button, which says so while the change is being saved. */
function SubmitButton({ change, label }: { change: Change; label: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const saving = change.state.kind === 'saving';
  return (
    <Button type="submit" appearance="primary" className={styles.submit} disabled={saving}>
      {saving ? t.assignments.saving : label}
    </Button>
  );
}

/** What came of the form's change; a reload clears it and fetches the intervention anew. */
function FormOutcome({ change, intervention, onReload }: FormProps & { change: Change }) {
  return (
    <ChangeOutcome
      state={change.state}
      version={intervention.version}
      onReload={() => {
        change.reset();
        onReload();
      }}
    />
  );
}

function StatusForm({ intervention, onReload }: FormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  // Until the user picks one, the form shows the intervention's status as it is now.
  const [chosen, setStatus] = useState<InterventionStatus | null>(null);
  const status = chosen ?? intervention.status;
  const [mutate] = useMutation(SetStatusMutation, { update: afterChange, refetchQueries });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change.run(() =>
      mutate({
        variables: { id: intervention.id, expectedVersion: intervention.version, status },
      }),
    );
  };
  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.assignments.setStatus}
      </Subtitle2>
      <Field label={t.assignments.newStatus} {...change.fieldProps('status')}>
        <Select value={status} onChange={(_, d) => setStatus(d.value as InterventionStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.interventionStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <SubmitButton change={change} label={t.assignments.saveStatus} />
      <FormOutcome change={change} intervention={intervention} onReload={onReload} />
    </form>
  );
}

function ReportForm({ intervention, onReload }: FormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  // Until the user picks one, the form shows the intervention's status as it is now.
  const [chosen, setStatus] = useState<InterventionStatus | null>(null);
  const status = chosen ?? intervention.status;
  const [text, setText] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [mutate] = useMutation(AddReportMutation, { update: afterChange, refetchQueries });
  const change = useInterventionChange();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await mutate({
        variables: {
          interventionId: intervention.id,
          expectedVersion: intervention.version,
          report: { status, text, nextSteps, reportedOn: todayInStockholm() },
        },
      });
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
        <Select value={status} onChange={(_, d) => setStatus(d.value as InterventionStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.interventionStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.assignments.reportText} {...change.fieldProps('text')}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label={t.assignments.reportNextSteps} {...change.fieldProps('nextSteps')}>
        <Textarea value={nextSteps} onChange={(_, d) => setNextSteps(d.value)} resize="vertical" />
      </Field>
      <SubmitButton change={change} label={t.assignments.saveReport} />
      <FormOutcome change={change} intervention={intervention} onReload={onReload} />
    </form>
  );
}

function MilestoneForm({ intervention, onReload }: FormProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const headingId = useId();
  const open = intervention.milestones.filter((m) => !m.doneDate);
  const [milestoneId, setMilestoneId] = useState(open[0]?.id ?? '');
  const [doneDate, setDoneDate] = useState(todayInStockholm());
  const [mutate] = useMutation(CompleteMilestoneMutation, {
    update: afterChange,
    refetchQueries,
  });
  const change = useInterventionChange();
  const selected = open.find((m) => m.id === milestoneId) ?? open[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    void change.run(() =>
      mutate({
        variables: {
          milestoneId: selected.id,
          expectedVersion: intervention.version,
          doneDate: doneDate || null,
        },
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
            <Select value={selected.id} onChange={(_, d) => setMilestoneId(d.value)}>
              {open.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({format.date(m.dueDate)}
                  {m.isOverdue ? `, ${t.interventions.overdueMark}` : ''})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.assignments.doneDate} {...change.fieldProps('doneDate')}>
            <Input type="date" value={doneDate} onChange={(_, d) => setDoneDate(d.value)} />
          </Field>
          <SubmitButton change={change} label={t.assignments.saveMilestone} />
        </>
      )}
      <FormOutcome change={change} intervention={intervention} onReload={onReload} />
    </form>
  );
}

/** One assignment: its state at a glance and the three changes its owner may make. */
export function AssignmentCard(props: {
  intervention: FragmentType<typeof AssignmentCardFragment>;
  onReload: () => void;
}) {
  const intervention = getFragmentData(AssignmentCardFragment, props.intervention);
  const styles = useStyles();
  const { t, format } = useI18n();
  return (
    <Panel
      title={intervention.title}
      wide
      description={
        <span className={styles.meta}>
          {intervention.owner.name} · {t.interventions.status}:{' '}
          <strong>{t.interventionStatus[intervention.status]}</strong> · {t.interventions.version}{' '}
          {intervention.version} · {format.date(intervention.endDate)}
          {intervention.overdueMilestones > 0 && (
            <>
              {' · '}
              <span className={styles.overdue}>
                {t.assignments.overdueCount(intervention.overdueMilestones)}
              </span>
            </>
          )}
        </span>
      }
      actions={
        <AppLink to={`/insatser/${encodeURIComponent(intervention.id)}`}>
          {t.assignments.open}
        </AppLink>
      }
    >
      <div className={styles.forms}>
        <StatusForm intervention={intervention} onReload={props.onReload} />
        <ReportForm intervention={intervention} onReload={props.onReload} />
        <MilestoneForm intervention={intervention} onReload={props.onReload} />
      </div>
    </Panel>
  );
}
