import { useQuery } from '@apollo/client/react';
import {
  Body1,
  Button,
  Subtitle1,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { useSearchParams } from 'react-router';
import { errorForField } from '../../apollo/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { ErrorState } from '../../ui/ErrorState';
import { PageSpinner } from '../../ui/PageSpinner';
import { statusWord } from './ActionPlanDocument';
import { useDocumentPageStyles } from './ActionPlanVersionPage';
import { ComparePicker } from './ComparePicker';

const ActionPlanComparisonQuery = graphql(`
  query ActionPlanComparison($from: Int!, $to: Int!) {
    actionPlans {
      version
      title
    }
    compareActionPlans(from: $from, to: $to) {
      from
      to
      added {
        kind
        id
        title
      }
      removed {
        kind
        id
        title
      }
      changed {
        kind
        id
        title
        fields {
          field
          before
          after
        }
      }
    }
  }
`);

const useStyles = makeStyles({
  document: {
    display: 'grid',
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    maxWidth: '60rem',
    minWidth: 0,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
    '@media print': { padding: 0, boxShadow: 'none', maxWidth: 'none' },
  },
  section: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0, breakInside: 'avoid' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    tableLayout: 'fixed',
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: 'anywhere',
      verticalAlign: 'top',
      whiteSpace: 'pre-line',
    },
  },
  fieldColumn: { width: '28%' },
  empty: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  kind: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

/** Two versions of the action plan compared: what was added, removed and changed, and how. */
export default function ActionPlanComparePage() {
  const styles = useStyles();
  const page = useDocumentPageStyles();
  const { t } = useI18n();
  const a = t.actionPlan;
  const [params] = useSearchParams();
  const from = Number(params.get('fran'));
  const to = Number(params.get('till'));
  const valid = Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0;
  const { data, loading, error, refetch } = useQuery(ActionPlanComparisonQuery, {
    variables: { from, to },
    skip: !valid,
  });
  const comparison = data?.compareActionPlans;
  const failed = errorForField(error, 'compareActionPlans', comparison != null, t.errors);
  const title = a.comparisonTitle(from, to);
  const value = (field: string, text: string | null) =>
    text === null ? (
      <span className={styles.empty}>{a.empty}</span>
    ) : field === 'status' ? (
      statusWord(text, t.interventionStatus)
    ) : (
      text
    );
  const items = (
    heading: string,
    none: string,
    list: ReadonlyArray<{ kind: string; id: string; title: string }>,
  ) => (
    <section className={styles.section} aria-label={heading}>
      <Subtitle1 as="h2" className={styles.heading}>
        {heading}
      </Subtitle1>
      {list.length === 0 ? (
        <Body1>{none}</Body1>
      ) : (
        <ul className={styles.list}>
          {list.map((item) => (
            <li key={`${item.kind}:${item.id}`}>
              {a.kind[item.kind] ?? item.kind}: {item.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <title>{`${title} – Lägesbild`}</title>
      <div className={page.toolbar}>
        <AppLink to="/atgardsplan">{a.back}</AppLink>
        {comparison && (
          <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
            {a.print}
          </Button>
        )}
      </div>
      {data?.actionPlans && (
        <div className={page.toolbar}>
          <ComparePicker
            key={`${from}-${to}`}
            versions={data.actionPlans.map((p) => p.version)}
            from={from}
            to={to}
          />
        </div>
      )}
      <div className={styles.document}>
        <Title1 as="h1" className={page.title}>
          {title}
        </Title1>
        {comparison ? (
          <>
            {items(a.added, a.noneAdded, comparison.added)}
            {items(a.removed, a.noneRemoved, comparison.removed)}
            <section className={styles.section} aria-label={a.changed}>
              <Subtitle1 as="h2" className={styles.heading}>
                {a.changed}
              </Subtitle1>
              {comparison.changed.length === 0 && <Body1>{a.noneChanged}</Body1>}
              {comparison.changed.map((item) => (
                <article
                  key={`${item.kind}:${item.id}`}
                  className={styles.item}
                  aria-label={item.title}
                >
                  <Subtitle2 as="h3" className={styles.heading}>
                    <span className={styles.kind}>{a.kind[item.kind] ?? item.kind}:</span>{' '}
                    {item.title}
                  </Subtitle2>
                  <table className={styles.table}>
                    <caption className={page.meta} style={{ textAlign: 'start' }}>
                      {a.changesTable(item.title)}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={styles.fieldColumn}>
                          {a.field}
                        </th>
                        <th scope="col">{a.before}</th>
                        <th scope="col">{a.after}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {item.fields.map((f) => (
                        <tr key={f.field}>
                          <th scope="row">{a.fields[f.field] ?? f.field}</th>
                          <td>{value(f.field, f.before)}</td>
                          <td>{value(f.field, f.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </article>
              ))}
            </section>
          </>
        ) : loading ? (
          <PageSpinner label={t.app.loadingPage} />
        ) : (
          <ErrorState
            title={t.app.pageFailed}
            message={failed ?? (valid ? '' : a.sameVersion)}
            onRetry={failed ? () => void refetch() : undefined}
          />
        )}
      </div>
    </>
  );
}
