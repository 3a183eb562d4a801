import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ChangeRefusalReason } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

/** Why the signed-in person sees no controls for an intervention: who owns it, or their role. */
export function AccessNotice(props: {
  refusal: ChangeRefusalReason | null;
  ownerName: string;
  coOwnerNames: string[];
}) {
  const { t } = useI18n();
  if (props.refusal === null) return null;
  const words = t.interventionWork.access;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {props.refusal === 'OTHER_ORGANISATION'
          ? words.ownedBy(props.ownerName, props.coOwnerNames.join(', '))
          : words.readOnlyRole}
      </MessageBarBody>
    </MessageBar>
  );
}
