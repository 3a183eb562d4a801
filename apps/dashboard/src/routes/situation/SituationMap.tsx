import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { trendArrow, trendText } from '../../indicators/indicator-text';
import { divergingScale, rangeOf, sequentialScale } from '../../map/classify';
import { DistrictMap } from '../../map/DistrictMap';
import type { MapDistrict } from '../../map/map-types';
import { MapLegend } from '../../map/MapLegend';
import {
  formatMeasure,
  measureOf,
  type DistrictRow,
  type IndicatorColumn,
  type Measure,
} from './situation-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface SituationMapProps {
  indicator: IndicatorColumn;
  rows: ReadonlyArray<DistrictRow>;
  measure: Measure;
  municipal: { value: number | null; period: string } | null;
}

/** The chosen indicator on the map, with its legend and the municipal figure it is compared with. */
export function SituationMap({ indicator, rows, measure, municipal }: SituationMapProps) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const unit = measure === 'rate' ? indicator.unitLabel : t.situation.deviationUnit;
  const formatValue = (value: number) => formatMeasure(value, measure, format);

  const districts = useMemo(
    (): MapDistrict[] =>
      rows.map((row) => {
        const cell = row.cells.get(indicator.key);
        const value = measureOf(cell, measure);
        const status = cell?.suppressed ? 'suppressed' : value === null ? 'missing' : 'value';
        const display =
          status === 'suppressed'
            ? t.indicator.suppressedShort
            : value === null
              ? '–'
              : formatMeasure(value, measure, format);
        return {
          code: row.code,
          name: row.name,
          value,
          status,
          display,
          spokenValue:
            status === 'suppressed'
              ? t.indicator.suppressed
              : value === null
                ? t.indicator.missing
                : `${display} ${unit}`,
          trend: trendArrow(cell?.trend),
          spokenTrend: trendText(cell?.trend, t),
          boundary: row.boundary,
        };
      }),
    [rows, indicator.key, measure, format, t, unit],
  );

  const scale = useMemo(
    () =>
      measure === 'rate'
        ? sequentialScale(
            districts.flatMap((d) => (d.value === null ? [] : [d.value])),
            {
              higherIsBetter: indicator.direction === 'HIGHER_IS_BETTER',
              range: rangeOf(indicator.normalisation),
            },
          )
        : divergingScale(indicator.direction === 'HIGHER_IS_BETTER'),
    [districts, measure, indicator.direction, indicator.normalisation],
  );
  const period = indicator.period ? format.period(indicator.period) : '';
  const suppressed = districts.some((d) => d.status === 'suppressed');

  return (
    <div className={styles.root}>
      {municipal && municipal.value !== null && (
        <Body1 data-testid="municipal-figure">
          {t.situation.municipalFigure(
            `${format.rate(municipal.value)} ${indicator.unitLabel}`,
            format.period(municipal.period),
          )}
        </Body1>
      )}
      <DistrictMap
        districts={districts}
        scale={scale}
        label={t.map.label(indicator.label, period)}
        linkTo={(code) => `/omrade/${encodeURIComponent(code)}`}
      />
      <MapLegend
        scale={scale}
        formatValue={formatValue}
        unit={unit}
        higherIsBetter={indicator.direction === 'HIGHER_IS_BETTER'}
        hasSuppressed={suppressed}
        hasMissing={districts.some((d) => d.status === 'missing')}
      />
      {suppressed && (
        <Caption1 className={styles.note}>
          {t.indicator.suppressedExplanation(indicator.suppressionThreshold)}
        </Caption1>
      )}
    </div>
  );
}
