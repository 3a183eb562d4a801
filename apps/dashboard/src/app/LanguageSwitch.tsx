import { Button } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/use-i18n';

/** Switches between Swedish and English; the label is in the language it switches to. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button
      appearance="subtle"
      icon={<LocalLanguageRegular />}
      lang={t.app.switchLanguageTag}
      onClick={() => setLocale(locale === 'sv' ? 'en' : 'sv')}
    >
      {t.app.switchLanguage}
    </Button>
  );
}
