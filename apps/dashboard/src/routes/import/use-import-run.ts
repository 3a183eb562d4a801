import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { graphql } from '../../gql';
import type { ImportObservationsMutation, ObservationFileFormat } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { forgetFigures } from './forget-figures';

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
      existing
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

export type ImportResult = ImportObservationsMutation['importObservations'];

export interface LoadedFile {
  name: string;
  content: string;
}

/**
 * Runs a dry run or an import of a loaded file and keeps its outcome. An import is offered only
 * after a clean dry run of the same file in the same format (`canImport`).
 */
export function useImportRun(
  file: LoadedFile | null,
  fileFormat: ObservationFileFormat,
  onImported: () => void,
) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [checked, setChecked] = useState<{
    file: LoadedFile;
    format: ObservationFileFormat;
  } | null>(null);
  const [mutate, { loading }] = useMutation(ImportObservationsMutationDocument);
  const [running, setRunning] = useState<'dry' | 'real' | null>(null);

  const reset = (message: string | null = null) => {
    setResult(null);
    setChecked(null);
    setProblem(message);
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
        forgetFigures(client);
        onImported();
      }
    } finally {
      setRunning(null);
    }
  };

  const canImport = checked !== null && checked.file === file && checked.format === fileFormat;
  return { run, reset, problem, result, loading, running, canImport };
}
