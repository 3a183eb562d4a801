import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Says plainly that the figures are made up, wherever demo data is shown. */
export function DemoDataNotice() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Demodata: alla siffror är syntetiska.</MessageBarTitle> Områdenas namn och
        koder är SCB:s, men befolkningstal, personer och övriga uppgifter är påhittade.
      </MessageBarBody>
    </MessageBar>
  );
}
