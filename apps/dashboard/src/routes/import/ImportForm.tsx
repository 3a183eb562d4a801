import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { ObservationFileFormat } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorState } from '../../ui/ErrorState';
import { FileField } from './FileField';
import { MAX_FILE_BYTES, formatOf } from './import-file';
import { ImportResultView } from './ImportResultView';
import { useImportRun, type LoadedFile } from './use-import-run';

const FORMATS: ReadonlyArray<ObservationFileFormat> = ['CSV', 'KOLADA_JSON'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * Choose a file, dry-run it, read the summary or the problems by row, then import. Import is
 * offered only after a clean dry run of the same file in the same format.
 */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const styles = useStyles();
  const { t, format: numbers } = useI18n();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileFormat, setFileFormat] = useState<ObservationFileFormat>('CSV');
  const { run, reset, problem, result, loading, running, canImport } = useImportRun(
    file,
    fileFormat,
    onImported,
  );

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    reset();
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      reset(t.importPage.tooLarge(numbers.integer(Math.ceil(chosen.size / 1000))));
      return;
    }
    try {
      setFile({ name: chosen.name, content: await chosen.text() });
      setFileFormat(formatOf(chosen));
    } catch {
      reset(t.importPage.readFailed);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <FileField onChange={(event) => void chooseFile(event)} />
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
