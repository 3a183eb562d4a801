import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { PageSpinner } from '../ui/PageSpinner';
import type { ColourScale } from './classify';
import type { MapDistrict } from './map-types';
import { TileMap } from './TileMap';

// d3-geo is fetched only when there are boundaries to draw.
const GeoMap = lazy(() => import('./GeoMap'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface DistrictMapProps {
  districts: ReadonlyArray<MapDistrict>;
  scale: ColourScale;
  label: string;
  linkTo: (code: string) => string;
}

function allHaveBoundaries(
  districts: ReadonlyArray<MapDistrict>,
): districts is ReadonlyArray<MapDistrict & { boundary: string }> {
  return districts.length > 0 && districts.every((d) => d.boundary !== null);
}

/**
 * The districts on a map: their real shapes once every district has a boundary, otherwise the
 * schematic tile map, said to be schematic.
 */
export function DistrictMap({ districts, scale, label, linkTo }: DistrictMapProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const geographic = allHaveBoundaries(districts);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.note} data-testid="map-kind">
        {geographic ? t.map.geoNote : t.map.schematicNote}
      </Caption1>
      {allHaveBoundaries(districts) ? (
        <Suspense fallback={<PageSpinner />}>
          <GeoMap districts={districts} scale={scale} label={label} linkTo={linkTo} />
        </Suspense>
      ) : (
        <TileMap districts={districts} scale={scale} label={label} linkTo={linkTo} />
      )}
    </div>
  );
}
