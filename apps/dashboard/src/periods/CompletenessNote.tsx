import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';

export interface CompletenessNoteProps {
  reportedDistricts: number;
  expectedDistricts: number;
  complete: boolean;
}

/** Says that not every district has reported the period shown, so there is no municipal figure. */
export function CompletenessNote({
  reportedDistricts,
  expectedDistricts,
  complete,
}: CompletenessNoteProps) {
  const { t } = useI18n();
  if (complete) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t.periods.incomplete(reportedDistricts, expectedDistricts)}</MessageBarBody>
    </MessageBar>
  );
}
