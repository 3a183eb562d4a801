import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { forgetFigures } from './forget-figures';

const UndoImportMutation = graphql(`
  mutation UndoImport($id: ID!) {
    undoImport(id: $id) {
      id
      undoneAt
      undoneBy
    }
  }
`);

/**
 * Undoes one import, after a second click to confirm. The outcome (done, or why not) is told
 * through `onOutcome`, for the page to announce.
 */
export function UndoImportButton({
  id,
  importedAt,
  onOutcome,
}: {
  id: string;
  importedAt: string;
  onOutcome: (outcome: { ok: boolean; message: string }) => void;
}) {
  const { t, format } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const client = useApolloClient();
  const [undo, { loading }] = useMutation(UndoImportMutation);
  const when = format.dateTime(importedAt);

  const click = async () => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const answer = await undo({ variables: { id } });
    if (!answer.error) forgetFigures(client);
    onOutcome(
      answer.error
        ? { ok: false, message: describeError(answer.error, t.errors) }
        : { ok: true, message: t.importUndo.done },
    );
  };

  return (
    <Button
      size="small"
      appearance={confirming ? 'primary' : 'secondary'}
      disabled={loading}
      aria-label={confirming ? t.importUndo.confirmLabel(when) : t.importUndo.undoLabel(when)}
      onClick={() => void click()}
      onBlur={() => setConfirming(false)}
    >
      {confirming ? t.importUndo.confirm : t.importUndo.undo}
    </Button>
  );
}
