import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { groupedBarOption } from '../../charts/status-bar-option';
import EChart from '../../charts/EChart';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { FollowUpView_FollowUpFragment } from '../../gql/graphql';
import type { Messages } from '../../i18n/messages-sv';
import { useI18n } from '../../i18n/use-i18n';
import { indicatorName } from '../../indicators/indicator-text';
import { nothingToChart } from '../../interventions/follow-up-gaps';
import { FollowUpGaps, gapsOf } from '../../interventions/FollowUpGaps';
import { DataTable, type Column } from '../../ui/DataTable';

export const FollowUpViewFragment = graphql(`
  fragment FollowUpView_followUp on FollowUpIndicator {
    id
    target
    baseline
    ...FollowUpGaps_followUp
    indicator {
      key
      name
      nameEn
      unit
    }
    progress {
      movement
      targetReached
      effect
      differenceInDifferences
      ratioOfRateRatios
      ratioLower
      ratioUpper
      pValue
      dispersion
      testedPeriods
      windowPeriods
      preTrend {
        firstPeriod
        lastPeriod
        relativeChangePerYear
        pValue
        diverges
      }
      note
      method
      baselineWindow {
        firstPeriod
        lastPeriod
        targetAreaRate
        restRate
        targetAreaWithheld
        restWithheld
      }
      latestWindow {
        firstPeriod
        lastPeriod
        targetAreaRate
        restRate
        targetAreaWithheld
        restWithheld
      }
    }
  }
`);

type FollowUp = FollowUpView_FollowUpFragment;
type Window = NonNullable<FollowUp['progress']['latestWindow']>;

interface WindowRow {
  key: string;
  label: string;
  window: Window;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
});

type Progress = FollowUp['progress'];

/** Whether the latest figure meets the target, said as the movement needs it; null when unknown. */
function targetText(progress: Progress, t: Messages): string | null {
  if (progress.targetReached === null || progress.targetReached === undefined) return null;
  if (!progress.targetReached) return t.followUpTest.missesTarget;
  return progress.movement === 'AWAY_FROM_TARGET'
    ? t.followUpTest.stillMeetsTarget
    : t.followUpTest.meetsTarget;
}

/** The parallel-trends check and the test behind the verdict, where a test applies. */
function EffectTestDetails({ progress }: { progress: Progress }) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const { preTrend } = progress;
  // "= 0,038", or "< 0,001" for the smallest.
  const pText = (value: number) =>
    value < 0.001 ? `< ${format.decimal(0.001, 3)}` : `= ${format.decimal(value, 3)}`;
  return (
    <>
      {preTrend && (
        <Body1>
          {t.followUpTest.preTrend(
            format.periodShort(preTrend.firstPeriod),
            format.periodShort(preTrend.lastPeriod),
            format.signedPercent(preTrend.relativeChangePerYear),
            pText(preTrend.pValue),
          )}{' '}
          {preTrend.diverges ? t.followUpTest.preTrendsDiverge : t.followUpTest.preTrendsParallel}
        </Body1>
      )}
      {progress.ratioOfRateRatios !== null &&
        progress.ratioLower !== null &&
        progress.ratioUpper !== null &&
        progress.pValue !== null && (
          <Body1>
            {t.followUpTest.ratio(
              format.decimal(progress.ratioOfRateRatios, 2),
              format.decimal(progress.ratioLower, 2),
              format.decimal(progress.ratioUpper, 2),
              pText(progress.pValue),
            )}
            {progress.dispersion !== null &&
              ` ${t.followUpTest.dispersion(format.decimal(progress.dispersion, 1))}`}
          </Body1>
        )}
      {progress.testedPeriods !== null && progress.testedPeriods < progress.windowPeriods && (
        <Caption1 className={styles.note}>
          {t.followUpTest.testedPeriods(progress.testedPeriods, progress.windowPeriods)}
        </Caption1>
      )}
    </>
  );
}

/** One follow-up indicator: the two windows for target area and rest, the DiD and the verdict. */
function FollowUpItem({
  followUp,
  interventionId,
}: {
  followUp: FollowUp;
  interventionId: string;
}) {
  const styles = useStyles();
  const { t, format, locale } = useI18n();
  const name = indicatorName(followUp.indicator, locale);
  const { progress } = followUp;
  const gaps = gapsOf(followUp);
  const rows: WindowRow[] = useMemo(
    () => [
      { key: 'baseline', label: t.interventions.baselineWindow, window: progress.baselineWindow },
      ...(progress.latestWindow
        ? [{ key: 'latest', label: t.interventions.latestWindow, window: progress.latestWindow }]
        : []),
    ],
    [progress, t],
  );
  const periodText = (w: Window) =>
    `${format.periodShort(w.firstPeriod)} – ${format.periodShort(w.lastPeriod)}`;
  const option = useMemo(
    () =>
      groupedBarOption({
        categories: rows.map((r) => r.label),
        series: [
          { name: t.interventions.targetArea, values: rows.map((r) => r.window.targetAreaRate) },
          { name: t.interventions.rest, values: rows.map((r) => r.window.restRate) },
        ],
        formatValue: format.rate,
      }),
    [rows, t, format],
  );
  const rate = (value: number | null, withheld: boolean) =>
    withheld ? t.interventions.withheld : value === null ? '–' : format.rate(value);
  const columns: ReadonlyArray<Column<WindowRow>> = [
    { key: 'window', header: t.interventions.window, value: (r) => r.label },
    { key: 'periods', header: t.interventions.period, value: (r) => periodText(r.window) },
    {
      key: 'target',
      header: t.interventions.targetArea,
      numeric: true,
      value: (r) => r.window.targetAreaRate,
      cell: (r) => rate(r.window.targetAreaRate, r.window.targetAreaWithheld),
    },
    {
      key: 'rest',
      header: t.interventions.rest,
      numeric: true,
      value: (r) => r.window.restRate,
      cell: (r) => rate(r.window.restRate, r.window.restWithheld),
    },
  ];
  const parts = rows
    .map(
      (r) =>
        `${r.label}: ${t.interventions.targetArea} ${rate(r.window.targetAreaRate, r.window.targetAreaWithheld)}, ${t.interventions.rest} ${rate(r.window.restRate, r.window.restWithheld)}`,
    )
    .join('; ');
  return (
    <article className={styles.root} aria-label={name}>
      <Subtitle2 as="h3" className={styles.heading}>
        {name}
      </Subtitle2>
      <Caption1>
        {followUp.indicator.unit} · {t.interventions.targetValue} {format.rate(followUp.target)}
        {followUp.baseline !== null &&
          ` · ${t.interventions.baseline} ${format.rate(followUp.baseline)}`}
      </Caption1>
      {/* A chart without a single figure is an empty frame: the sentences below say why. */}
      {!nothingToChart(progress) && (
        <EChart
          option={option}
          height={200}
          description={t.interventions.followUpChart(name, parts)}
        />
      )}
      <FollowUpGaps gaps={gaps} />
      <DataTable
        label={t.interventions.followUpTable(name)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        exportFileName={t.interventions.fileNameDetail(interventionId, followUp.indicator.key)}
      />
      <Body1>
        {t.kpi.did}:{' '}
        {progress.differenceInDifferences === null
          ? '–'
          : format.signed(progress.differenceInDifferences)}
        {' · '}
        {t.kpi.movement}: {t.movement[progress.movement]}
        {targetText(progress, t) && ` (${targetText(progress, t)})`}
      </Body1>
      <Body1 className={styles.verdict}>
        {t.kpi.effect}: {t.effect[progress.effect]}
      </Body1>
      <EffectTestDetails progress={progress} />
      {gaps.length === 0 && <Body1>{progress.note}</Body1>}
      <Caption1 className={styles.note}>{progress.method}</Caption1>
    </article>
  );
}

/** The effect follow-up of every follow-up indicator of an intervention. */
export function FollowUpView(props: {
  followUps: ReadonlyArray<FragmentType<typeof FollowUpViewFragment>>;
  interventionId: string;
}) {
  const { t } = useI18n();
  const followUps = getFragmentData(FollowUpViewFragment, props.followUps);
  if (followUps.length === 0) return <Body1>{t.interventions.noFollowUps}</Body1>;
  return (
    <>
      {followUps.map((f) => (
        <FollowUpItem key={f.id} followUp={f} interventionId={props.interventionId} />
      ))}
    </>
  );
}
