import { Body1 } from '@fluentui/react-components';
import { Link } from 'react-router';
import { PageLayout } from '../ui/PageLayout';

export default function NotFoundPage() {
  return (
    <PageLayout title="Sidan finns inte">
      <Body1>
        Adressen leder inte till någon sida. Gå till <Link to="/">översikten</Link>.
      </Body1>
    </PageLayout>
  );
}
