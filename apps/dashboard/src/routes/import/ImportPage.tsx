import { skipToken, useQuery } from '@apollo/client/react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorForField } from '../../apollo/errors';
import { canImport, canUndoImports } from '../../app/access';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { PageLayout } from '../../ui/PageLayout';
import { Panel } from '../../ui/Panel';
import { ImportForm } from './ImportForm';
import { ImportGuide } from './ImportGuide';
import { RecentImports } from './RecentImports';

const ImportAccessQuery = graphql(`
  query ImportAccess {
    me {
      id
      accessRoles
    }
  }
`);

const ImportPageQuery = graphql(`
  query ImportPage {
    dataImports(first: 10) {
      id
      ...RecentImports_import
    }
    indicators {
      key
      ...ImportGuide_indicator
    }
    districts {
      id
      ...ImportGuide_district
    }
  }
`);

/**
 * Import for analysts and administrators; the list of imports, with undo, for the council's
 * leadership and administrators too; others are told they may not.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const access = useQuery(ImportAccessQuery);
  const me = access.data?.me;
  const roles = me?.accessRoles ?? [];
  const allowed = me ? canImport(roles) || canUndoImports(roles) : null;
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
          mayImport={canImport(roles)}
          mayUndo={canUndoImports(roles)}
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
  mayImport,
  mayUndo,
}: {
  loading: boolean;
  error?: string;
  onRetry: () => void;
  ready: boolean;
  mayImport: boolean;
  mayUndo: boolean;
}) {
  const { t } = useI18n();
  const page = useQuery(ImportPageQuery, ready ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const { dataImports: imports, indicators, districts } = page.data ?? {};
  const busy = (loading || page.loading) && !page.data;
  const refetch = () => void page.refetch();
  return (
    <>
      {(loading || mayImport) && (
        <Panel title={t.importPage.form} loading={loading} error={error} onRetry={onRetry}>
          {ready && <ImportForm onImported={refetch} />}
        </Panel>
      )}
      {mayImport && (
        <Panel
          title={t.importGuide.title}
          loading={busy}
          error={errorForField(page.error, 'indicators', indicators != null, t.errors)}
          onRetry={refetch}
        >
          {indicators && <ImportGuide indicators={indicators} districts={districts ?? []} />}
        </Panel>
      )}
      <Panel
        title={t.importPage.recent}
        loading={busy}
        error={errorForField(page.error, 'dataImports', imports != null, t.errors)}
        onRetry={refetch}
      >
        {imports && <RecentImports imports={imports} canUndo={mayUndo} onUndone={refetch} />}
      </Panel>
    </>
  );
}
