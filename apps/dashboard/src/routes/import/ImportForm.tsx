import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Button,
  Caption1,
  Field,
  Label,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { describeError } from '../../apollo/errors';
import { graphql } from '../../gql';
import type { ImportObservationsMutation, ObservationFileFormat } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorState } from '../../ui/ErrorState';
import { MAX_FILE_BYTES, formatOf } from './import-file';
import { ImportResultView } from './ImportResultView';

const ImportObservationsMutationDocument = graphql(`
  mutation ImportObservations(
    $format: ObservationFileFormat!
    $content: String!
    $dryRun: Boolean!
  ) {
    importObservations(format: $format, content: $content, dryRun: $dryRun) {
      ok
      dryRun
      rows
      inserted
      updated
      unchanged
      skipped
      importId
      problems {
        row
        field
        message
      }
    }
  }
`);

const FORMATS: ReadonlyArray<ObservationFileFormat> = ['CSV', 'KOLADA_JSON'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  input: {
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

type ImportResult = ImportObservationsMutation['importObservations'];

interface LoadedFile {
  name: string;
  content: string;
}

/**
 * Choose a file, dry-run it, read the summary or the problems by row, then import. Import is
 * offered only after a clean dry run of the same file in the same format.
 */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const styles = useStyles();
  const { t, format: numbers } = useI18n();
  const client = useApolloClient();
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileFormat, setFileFormat] = useState<ObservationFileFormat>('CSV');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [checked, setChecked] = useState<{
    file: LoadedFile;
    format: ObservationFileFormat;
  } | null>(null);
  const [mutate, { loading }] = useMutation(ImportObservationsMutationDocument);
  const [running, setRunning] = useState<'dry' | 'real' | null>(null);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setResult(null);
    setChecked(null);
    setProblem(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setProblem(t.importPage.tooLarge(numbers.integer(Math.ceil(chosen.size / 1000))));
      return;
    }
    try {
      setFile({ name: chosen.name, content: await chosen.text() });
      setFileFormat(formatOf(chosen));
    } catch {
      setProblem(t.importPage.readFailed);
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) {
      setProblem(t.importPage.chooseFile);
      return;
    }
    setProblem(null);
    setRunning(dryRun ? 'dry' : 'real');
    try {
      const answer = await mutate({
        variables: { format: fileFormat, content: file.content, dryRun },
      });
      if (answer.error) {
        setResult(null);
        setProblem(describeError(answer.error, t.errors));
        return;
      }
      const outcome = answer.data?.importObservations ?? null;
      setResult(outcome);
      setChecked(dryRun && outcome?.ok ? { file, format: fileFormat } : null);
      if (!dryRun && outcome?.ok) {
        // Every figure may have changed: drop what the cache holds, so pages fetch them anew.
        for (const fieldName of [
          'situationPicture',
          'series',
          'indicators',
          'indicator',
          'district',
        ]) {
          client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        }
        client.cache.gc();
        onImported();
      }
    } finally {
      setRunning(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  const canImport = checked !== null && checked.file === file && checked.format === fileFormat;

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.file}>
        <Label htmlFor={inputId} weight="semibold">
          {t.importPage.file}
        </Label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.json,text/csv,application/json"
          aria-describedby={hintId}
          className={styles.input}
          onChange={(event) => void chooseFile(event)}
        />
        <Caption1 id={hintId} className={styles.hint}>
          {t.importPage.fileHint}
        </Caption1>
      </div>
      <Field label={t.importPage.format}>
        <RadioGroup
          layout="horizontal"
          value={fileFormat}
          onChange={(_, data) => {
            const next = FORMATS.find((f) => f === data.value);
            if (next) setFileFormat(next);
          }}
        >
          {FORMATS.map((f) => (
            <Radio key={f} value={f} label={t.importPage.formats[f]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance={canImport ? 'secondary' : 'primary'} disabled={loading}>
          {running === 'dry' ? t.importPage.dryRunning : t.importPage.dryRun}
        </Button>
        <Button
          appearance="primary"
          disabled={!canImport || loading}
          disabledFocusable={!canImport}
          onClick={() => void run(false)}
        >
          {running === 'real' ? t.importPage.running : t.importPage.run}
        </Button>
      </div>
      <div aria-live="polite">
        {problem && <ErrorState title={t.importPage.result} message={problem} />}
        {result && <ImportResultView result={result} />}
      </div>
    </form>
  );
}
