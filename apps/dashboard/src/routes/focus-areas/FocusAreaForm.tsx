import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { mutationProblem, type MutationProblem } from '../../apollo/mutation-errors';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { changedValues, focusAreaProblems, type FocusAreaValues } from './focus-area-form';

export const FocusAreaFormOptionsFragment = graphql(`
  fragment FocusAreaForm_options on Query {
    districts {
      code
      name
    }
    indicators {
      key
      name
      nameEn
    }
  }
`);

export const FocusAreaFormFragment = graphql(`
  fragment FocusAreaForm_focusArea on FocusArea {
    id
    version
    title
    problem
    causeAnalysis
    periodStart
    periodEnd
    districts {
      code
    }
    indicators {
      key
    }
  }
`);

const CreateFocusAreaMutation = graphql(`
  mutation CreateFocusArea($input: CreateFocusAreaInput!) {
    createFocusArea(input: $input) {
      id
      title
    }
  }
`);

const UpdateFocusAreaMutation = graphql(`
  mutation UpdateFocusArea($id: ID!, $expectedVersion: Int!, $input: UpdateFocusAreaInput!) {
    updateFocusArea(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      title
    }
  }
`);

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
    minWidth: 0,
  },
  heading: { margin: 0 },
  dates: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  dropdown: { minWidth: 0, maxWidth: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const EMPTY: FocusAreaValues = {
  title: '',
  problem: '',
  causeAnalysis: '',
  periodStart: '',
  periodEnd: '',
  districts: [],
  indicators: [],
};

type Fields = Partial<Record<keyof FocusAreaValues, string>>;

/**
 * Creates a focus area, or changes one (given `focusArea`). Checks the fields before sending and
 * names each problem under its field in the user's language; a refusal keeps what was typed.
 */
export function FocusAreaForm(props: {
  options: FragmentType<typeof FocusAreaFormOptionsFragment>;
  focusArea?: FragmentType<typeof FocusAreaFormFragment>;
  /** After saving, with a sentence saying what was done. */
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Reloads the page's data: after a conflict, the form then holds the current version. */
  onReload: () => Promise<unknown>;
}) {
  const options = getFragmentData(FocusAreaFormOptionsFragment, props.options);
  const focusArea = getFragmentData(FocusAreaFormFragment, props.focusArea);
  const styles = useStyles();
  const { t, locale } = useI18n();
  const headingId = useId();
  const stored: FocusAreaValues = focusArea
    ? {
        title: focusArea.title,
        problem: focusArea.problem,
        causeAnalysis: focusArea.causeAnalysis,
        periodStart: focusArea.periodStart,
        periodEnd: focusArea.periodEnd,
        districts: focusArea.districts.map((d) => d.code),
        indicators: focusArea.indicators.map((i) => i.key),
      }
    : EMPTY;
  const [values, setValues] = useState<FocusAreaValues>(stored);
  const [fields, setFields] = useState<Fields>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [create] = useMutation(CreateFocusAreaMutation);
  const [update] = useMutation(UpdateFocusAreaMutation);
  const set = <Key extends keyof FocusAreaValues>(key: Key, value: FocusAreaValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const districts = options.districts ?? [];
  const indicators = options.indicators ?? [];
  const districtName = (code: string) => districts.find((d) => d.code === code)?.name ?? code;
  const indicatorLabel = (key: string) => {
    const found = indicators.find((i) => i.key === key);
    return found ? indicatorName(found, locale) : key;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = focusAreaProblems(values, t.focusAreas);
    setFields(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      if (focusArea) {
        const input = changedValues(stored, values);
        if (Object.keys(input).length > 0) {
          await update({
            variables: { id: focusArea.id, expectedVersion: focusArea.version, input },
          });
        }
        props.onSaved(t.focusAreas.saved(values.title.trim()));
      } else {
        const { data } = await create({ variables: { input: values } });
        props.onSaved(t.focusAreas.created(data?.createFocusArea.title ?? values.title));
      }
    } catch (error) {
      const found = mutationProblem(error as Error);
      setProblem(found);
      if (found.kind === 'invalid') setFields(found.fields as Fields);
      if (found.kind === 'conflict') await props.onReload();
    } finally {
      setSaving(false);
    }
  };

  const fieldProps = (key: keyof FocusAreaValues) => ({
    validationMessage: fields[key],
    validationState: fields[key] ? ('error' as const) : ('none' as const),
  });
  const summary =
    problem?.kind === 'conflict'
      ? t.focusAreas.conflict
      : problem?.kind === 'invalid'
        ? Object.keys(problem.fields).some((field) => field in EMPTY)
          ? t.focusAreas.invalid
          : `${t.focusAreas.invalid} ${problem.message}`
        : problem
          ? `${t.focusAreas.failed} ${problem.message}`
          : Object.keys(fields).length > 0
            ? t.focusAreas.invalid
            : null;

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {focusArea ? t.focusAreas.editTitle(focusArea.title) : t.focusAreas.createTitle}
      </Subtitle2>
      <Field label={t.focusAreas.titleField} required {...fieldProps('title')}>
        <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <Field label={t.focusAreas.problem} required {...fieldProps('problem')}>
        <Textarea
          value={values.problem}
          onChange={(_, d) => set('problem', d.value)}
          resize="vertical"
        />
      </Field>
      <Field label={t.focusAreas.causeAnalysis} {...fieldProps('causeAnalysis')}>
        <Textarea
          value={values.causeAnalysis}
          onChange={(_, d) => set('causeAnalysis', d.value)}
          resize="vertical"
          rows={4}
        />
      </Field>
      <div className={styles.dates}>
        <Field label={t.focusAreas.periodStart} required {...fieldProps('periodStart')}>
          <Input
            type="date"
            value={values.periodStart}
            onChange={(_, d) => set('periodStart', d.value)}
          />
        </Field>
        <Field label={t.focusAreas.periodEnd} required {...fieldProps('periodEnd')}>
          <Input
            type="date"
            value={values.periodEnd}
            onChange={(_, d) => set('periodEnd', d.value)}
          />
        </Field>
      </div>
      <Field
        label={t.focusAreas.districts}
        hint={t.focusAreas.districtsHint}
        {...fieldProps('districts')}
      >
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t.focusAreas.chosen(0)}
          value={values.districts.map(districtName).join(', ')}
          selectedOptions={values.districts}
          onOptionSelect={(_, d) => set('districts', d.selectedOptions)}
        >
          {districts.map((d) => (
            <Option key={d.code} value={d.code}>
              {d.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={t.focusAreas.indicators}
        hint={t.focusAreas.indicatorsHint}
        {...fieldProps('indicators')}
      >
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t.focusAreas.chosen(0)}
          value={values.indicators.map(indicatorLabel).join(', ')}
          selectedOptions={values.indicators}
          onOptionSelect={(_, d) => set('indicators', d.selectedOptions)}
        >
          {indicators.map((i) => (
            <Option key={i.key} value={i.key}>
              {indicatorName(i, locale)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {summary && (
        <MessageBar intent={problem?.kind === 'conflict' ? 'warning' : 'error'} role="alert">
          <MessageBarBody>{summary}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t.focusAreas.saving : t.focusAreas.save}
        </Button>
        <Button type="button" onClick={props.onCancel}>
          {t.focusAreas.cancel}
        </Button>
      </div>
    </form>
  );
}
