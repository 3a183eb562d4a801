import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    '@media print': { display: 'none' },
  },
});

/** The path of the comparison of two versions. */
export const comparisonPath = (from: number, to: number) =>
  `/atgardsplan/jamfor?fran=${from}&till=${to}`;

/** Picks two published versions to compare, the older first; opens their comparison. */
export function ComparePicker(props: {
  versions: ReadonlyArray<number>;
  from?: number;
  to?: number;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const navigate = useNavigate();
  const sorted = [...props.versions].sort((a, b) => a - b);
  const [from, setFrom] = useState(props.from ?? sorted.at(-2) ?? 0);
  const [to, setTo] = useState(props.to ?? sorted.at(-1) ?? 0);
  const [problem, setProblem] = useState<string | undefined>();
  if (sorted.length < 2) return <p>{t.actionPlan.needTwo}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from === to) {
      setProblem(t.actionPlan.sameVersion);
      return;
    }
    setProblem(undefined);
    void navigate(comparisonPath(from, to));
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t.actionPlan.compare} noValidate>
      <Field label={t.actionPlan.from}>
        <Select value={String(from)} onChange={(_, d) => setFrom(Number(d.value))}>
          {sorted.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.actionPlan.to}
        validationMessage={problem}
        validationState={problem ? 'error' : 'none'}
      >
        <Select value={String(to)} onChange={(_, d) => setTo(Number(d.value))}>
          {sorted.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary">
        {t.actionPlan.compareButton}
      </Button>
    </form>
  );
}
