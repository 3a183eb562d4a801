import {
  Button,
  Caption1,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShrinkingSelect } from '../../../ui/ShrinkingSelect';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n/use-i18n';
import { indicatorName } from '../../../indicators/indicator-text';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import type { InterventionDraft } from './intervention-draft';

export const InterventionFormOptionsFragment = graphql(`
  fragment InterventionFormOptions_query on Query {
    organisations {
      code
      name
    }
    districts {
      code
      name
    }
    focusAreas {
      id
      title
    }
    indicators {
      key
      name
      nameEn
    }
  }
`);

export type InterventionFormOptions = FragmentType<typeof InterventionFormOptionsFragment>;

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    '& > *': { minWidth: 0 },
  },
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  add: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalS },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1 },
});

/** Which part of the form: creating shows owners and milestones, editing leaves them to their own forms. */
export type FieldsMode = 'create' | 'edit';

/**
 * The fields of an intervention: what and why, when, who, where, the focus area, follow-up
 * indicators with baseline and target, and (when creating) milestones. Errors sit under their
 * field, named by the path the API gives (`followUps[1].target`).
 */
export function InterventionFields(props: {
  mode: FieldsMode;
  draft: InterventionDraft;
  onChange: (draft: InterventionDraft) => void;
  options: InterventionFormOptions;
  fieldProps: (field: string) => {
    validationMessage: string | undefined;
    validationState: 'error' | 'none';
  };
}) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const w = t.interventionWork;
  const options = getFragmentData(InterventionFormOptionsFragment, props.options);
  const { draft, onChange, fieldProps } = props;
  const set = <K extends keyof InterventionDraft>(key: K, value: InterventionDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const organisations = options.organisations ?? [];
  const indicators = [...(options.indicators ?? [])]
    .filter((i) => i.key !== 'population')
    .sort((a, b) => indicatorName(a, locale).localeCompare(indicatorName(b, locale), locale));

  const text = (key: 'title' | 'description' | 'problem' | 'cause' | 'goal', long: boolean) => (
    <Field label={w.fields[key]} required={key === 'title' || key === 'goal'} {...fieldProps(key)}>
      {long ? (
        <Textarea value={draft[key]} onChange={(_, d) => set(key, d.value)} resize="vertical" />
      ) : (
        <Input value={draft[key]} onChange={(_, d) => set(key, d.value)} />
      )}
    </Field>
  );

  return (
    <div className={styles.fields}>
      {text('title', false)}
      {text('description', true)}
      {text('problem', true)}
      {text('cause', true)}
      {text('goal', true)}
      <div className={styles.pair}>
        <Field label={w.fields.startDate} required {...fieldProps('startDate')}>
          <Input
            type="date"
            value={draft.startDate}
            onChange={(_, d) => set('startDate', d.value)}
          />
        </Field>
        <Field label={w.fields.endDate} required {...fieldProps('endDate')}>
          <Input type="date" value={draft.endDate} onChange={(_, d) => set('endDate', d.value)} />
        </Field>
      </div>
      {props.mode === 'create' && (
        <>
          <Field label={w.fields.owner} required {...fieldProps('owner')}>
            <ShrinkingSelect value={draft.owner} onChange={(_, d) => set('owner', d.value)}>
              <option value="">{w.chooseOwner}</option>
              {organisations.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </ShrinkingSelect>
          </Field>
          <CheckboxGroup
            legend={w.fields.coOwners}
            options={organisations.map((o) => ({
              value: o.code,
              label: o.name,
              disabled: o.code === draft.owner,
            }))}
            selected={draft.coOwners}
            onChange={(selected) => set('coOwners', selected)}
            error={fieldProps('coOwners').validationMessage}
          />
        </>
      )}
      <CheckboxGroup
        legend={w.fields.districts}
        hint={w.districtsHint}
        options={[...(options.districts ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name, locale))
          .map((d) => ({ value: d.code, label: d.name }))}
        selected={draft.districts}
        onChange={(selected) => set('districts', selected)}
        error={fieldProps('districts').validationMessage}
        scroll
      />
      <Field label={w.fields.focusAreaId} {...fieldProps('focusAreaId')}>
        <ShrinkingSelect value={draft.focusAreaId} onChange={(_, d) => set('focusAreaId', d.value)}>
          <option value="">{w.noFocusArea}</option>
          {(options.focusAreas ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </ShrinkingSelect>
      </Field>
      <Field
        label={w.fields.citizenPromise}
        hint={w.citizenPromiseHint}
        {...fieldProps('citizenPromise')}
      >
        <Input
          value={draft.citizenPromise}
          onChange={(_, d) => set('citizenPromise', d.value)}
          placeholder="2026-H1"
        />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{w.fields.followUps}</legend>
        {draft.followUps.map((f, index) => {
          const update = (change: Partial<typeof f>) =>
            set(
              'followUps',
              draft.followUps.map((g, i) => (i === index ? { ...g, ...change } : g)),
            );
          return (
            <div
              key={index}
              className={styles.row}
              role="group"
              aria-label={w.followUpRow(index + 1)}
            >
              <Field label={w.followUpIndicator} required {...fieldProps(`followUps[${index}]`)}>
                <ShrinkingSelect
                  value={f.indicator}
                  onChange={(_, d) => update({ indicator: d.value })}
                >
                  <option value="">{w.chooseIndicator}</option>
                  {indicators.map((i) => (
                    <option key={i.key} value={i.key}>
                      {indicatorName(i, locale)}
                    </option>
                  ))}
                </ShrinkingSelect>
              </Field>
              <Field
                label={w.baseline}
                hint={w.baselineHint}
                {...fieldProps(`followUps[${index}].baseline`)}
              >
                <Input
                  inputMode="decimal"
                  value={f.baseline}
                  onChange={(_, d) => update({ baseline: d.value })}
                />
              </Field>
              <Field label={w.target} required {...fieldProps(`followUps[${index}].target`)}>
                <Input
                  inputMode="decimal"
                  value={f.target}
                  onChange={(_, d) => update({ target: d.value })}
                />
              </Field>
              <Button
                onClick={() =>
                  set(
                    'followUps',
                    draft.followUps.filter((_, i) => i !== index),
                  )
                }
              >
                {w.removeFollowUp(index + 1)}
              </Button>
            </div>
          );
        })}
        {fieldProps('followUps').validationMessage && (
          <Caption1 role="alert" className={styles.error}>
            {fieldProps('followUps').validationMessage}
          </Caption1>
        )}
        <Button
          className={styles.add}
          onClick={() =>
            set('followUps', [...draft.followUps, { indicator: '', baseline: '', target: '' }])
          }
        >
          {w.addFollowUp}
        </Button>
      </fieldset>
      {props.mode === 'create' && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{w.fields.milestones}</legend>
          {draft.milestones.map((m, index) => {
            const update = (change: Partial<typeof m>) =>
              set(
                'milestones',
                draft.milestones.map((g, i) => (i === index ? { ...g, ...change } : g)),
              );
            return (
              <div
                key={index}
                className={styles.row}
                role="group"
                aria-label={w.milestoneRow(index + 1)}
              >
                <Field
                  label={w.milestoneTitle}
                  required
                  {...fieldProps(`milestones[${index}].title`)}
                >
                  <Input value={m.title} onChange={(_, d) => update({ title: d.value })} />
                </Field>
                <Field label={w.dueDate} required {...fieldProps(`milestones[${index}].dueDate`)}>
                  <Input
                    type="date"
                    value={m.dueDate}
                    onChange={(_, d) => update({ dueDate: d.value })}
                  />
                </Field>
                <Button
                  onClick={() =>
                    set(
                      'milestones',
                      draft.milestones.filter((_, i) => i !== index),
                    )
                  }
                >
                  {w.removeMilestone(index + 1)}
                </Button>
              </div>
            );
          })}
          <Button
            className={styles.add}
            onClick={() => set('milestones', [...draft.milestones, { title: '', dueDate: '' }])}
          >
            {w.addMilestoneRow}
          </Button>
        </fieldset>
      )}
    </div>
  );
}
