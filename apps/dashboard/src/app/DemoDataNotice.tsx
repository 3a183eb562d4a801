import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';

/** Says plainly that the figures are made up, wherever demo data is shown. */
export function DemoDataNotice() {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.demo.title}</MessageBarTitle> {t.demo.body}
      </MessageBarBody>
    </MessageBar>
  );
}
