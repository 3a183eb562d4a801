import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { todayInStockholm } from '@lagesbild/period';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { ImportGuide_IndicatorFragment } from '../../gql/graphql';
import { downloadFile } from '../../export/download';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName, indicatorUnit } from '../../indicators/indicator-text';
import { DataTable, type Column } from '../../ui/DataTable';
import { importTemplate } from './import-template';

export const ImportGuideIndicatorFragment = graphql(`
  fragment ImportGuide_indicator on Indicator {
    key
    name
    nameEn
    unit
    frequency
    normalisation
  }
`);

export const ImportGuideDistrictFragment = graphql(`
  fragment ImportGuide_district on District {
    code
  }
`);

type Indicator = ImportGuide_IndicatorFragment;

const POPULATION_KEY = 'population';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  key: { fontFamily: tokens.fontFamilyMonospace },
});

/** How to write a file: a template to download and every indicator key with what it takes. */
export function ImportGuide(props: {
  indicators: ReadonlyArray<FragmentType<typeof ImportGuideIndicatorFragment>>;
  districts: ReadonlyArray<FragmentType<typeof ImportGuideDistrictFragment>>;
}) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const indicators = getFragmentData(ImportGuideIndicatorFragment, props.indicators);
  const [district] = getFragmentData(ImportGuideDistrictFragment, props.districts);
  const example = indicators.find((i) => i.normalisation === 'PER_1000_INHABITANTS');
  const columns: Column<Indicator>[] = [
    {
      key: 'key',
      header: t.importGuide.key,
      value: (i) => i.key,
      cell: (i) => <code className={styles.key}>{i.key}</code>,
    },
    { key: 'name', header: t.importGuide.name, value: (i) => indicatorName(i, locale) },
    { key: 'unit', header: t.importGuide.unit, value: (i) => indicatorUnit(i, locale, t) },
    {
      key: 'frequency',
      header: t.importGuide.frequency,
      value: (i) => t.indicator.frequencies[i.frequency],
    },
    {
      key: 'value',
      header: t.importGuide.value,
      value: (i) =>
        i.key === POPULATION_KEY ? t.importGuide.population : t.importGuide.values[i.normalisation],
    },
  ];
  return (
    <div className={styles.root}>
      <Body1>{t.importGuide.intro}</Body1>
      {example && district && (
        <div className={styles.actions}>
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={() =>
              downloadFile(
                t.importGuide.templateFileName,
                importTemplate(example, district.code, todayInStockholm()),
              )
            }
          >
            {t.importGuide.template}
          </Button>
        </div>
      )}
      <DataTable
        label={t.importGuide.keysTable}
        columns={columns}
        rows={indicators}
        rowKey={(i) => i.key}
        sortable
      />
    </div>
  );
}
