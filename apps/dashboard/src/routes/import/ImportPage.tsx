import { skipToken, useQuery } from '@apollo/client/react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorForField } from '../../apollo/errors';
import { canImport } from '../../app/access';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { ImportForm } from './ImportForm';
import { RecentImports } from './RecentImports';

const ImportAccessQuery = graphql(`
  query ImportAccess {
    me {
      id
      accessRoles
    }
  }
`);

const RecentImportsQueryDocument = graphql(`
  query RecentImports {
    dataImports(first: 10) {
      id
      format
      importedBy
      importedAt
      rowCount
      inserted
      updated
      unchanged
      synthetic
    }
  }
`);

/** Import for analysts and administrators; others are told they may not. */
export default function ImportPage() {
  const { t } = useI18n();
  const access = useQuery(ImportAccessQuery);
  const me = access.data?.me;
  const allowed = me ? canImport(me.accessRoles) : null;
  return (
    <PageLayout title={t.importPage.title} description={t.importPage.description}>
      {allowed === false ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.importPage.noAccess}</MessageBarTitle> {t.importPage.noAccessBody}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ImportPanels
          loading={allowed === null && access.loading}
          error={errorForField(access.error, 'me', me != null, t.errors)}
          onRetry={() => void access.refetch()}
          ready={allowed === true}
        />
      )}
    </PageLayout>
  );
}

function ImportPanels({
  loading,
  error,
  onRetry,
  ready,
}: {
  loading: boolean;
  error?: string;
  onRetry: () => void;
  ready: boolean;
}) {
  const { t } = useI18n();
  const recent = useQuery(
    RecentImportsQueryDocument,
    ready ? { fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const imports = recent.data?.dataImports;
  return (
    <>
      <Panel title={t.importPage.form} loading={loading} error={error} onRetry={onRetry}>
        {ready && <ImportForm onImported={() => void recent.refetch()} />}
      </Panel>
      <Panel
        title={t.importPage.recent}
        loading={(loading || recent.loading) && !imports}
        error={errorForField(recent.error, 'dataImports', imports != null, t.errors)}
        onRetry={() => void recent.refetch()}
      >
        {imports && <RecentImports imports={imports} />}
      </Panel>
    </>
  );
}
