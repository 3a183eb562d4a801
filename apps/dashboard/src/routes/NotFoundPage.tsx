import { Body1 } from '@fluentui/react-components';
import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { PageLayout } from '../ui/PageLayout';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <PageLayout title={t.notFound.title}>
      <Body1>
        {t.notFound.before}
        <Link to="/">{t.notFound.link}</Link>
        {t.notFound.after}
      </Body1>
    </PageLayout>
  );
}
