import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import type { InterventionChange } from '../../../interventions/use-intervention-change';
import { numberProblems, type InterventionDraft } from './intervention-draft';

/**
 * Field problems of a draft: numbers the form checks itself before sending, else what the API
 * said about each field, in the user's language.
 */
export function useDraftProblems(change: InterventionChange) {
  const { t } = useI18n();
  const [local, setLocal] = useState<Record<string, 'NOT_A_NUMBER' | 'REQUIRED'>>({});
  /** Checks the draft; true when it may be sent. */
  const check = (draft: InterventionDraft) => {
    const problems = numberProblems(draft);
    setLocal(problems);
    if (Object.keys(problems).length > 0) change.reset();
    return Object.keys(problems).length === 0;
  };
  const fieldProps = (field: string) => {
    const reason = local[field];
    return reason
      ? ({
          validationMessage: t.interventionWork.fieldErrors[reason],
          validationState: 'error',
        } as const)
      : change.fieldProps(field);
  };
  return { check, fieldProps, hasLocalProblems: Object.keys(local).length > 0 };
}
