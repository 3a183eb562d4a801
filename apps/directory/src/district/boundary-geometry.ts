import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';

/** SWEREF 99 TM, the Swedish national grid SCB publishes its areas in. */
const SWEREF_99_TM =
  '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toWgs84 = proj4(SWEREF_99_TM, 'WGS84');

export type ReferenceSystem = 'SWEREF_99_TM' | 'WGS_84';

/** About five metres: fine enough for a district map, a fraction of the vertices of survey data. */
const SCREEN_TOLERANCE_DEGREES = 0.00005;

/** The reference system a GeoJSON file names, or, if it names none, what its coordinates look like. */
export function referenceSystemOf(
  crsName: string | undefined,
  firstPosition: Position | undefined,
): ReferenceSystem | { unsupported: string } {
  if (crsName) {
    if (/3006\b/.test(crsName)) return 'SWEREF_99_TM';
    if (/(4326|CRS84)\b/.test(crsName)) return 'WGS_84';
    return { unsupported: crsName };
  }
  // Longitudes and latitudes never exceed 180; SWEREF 99 TM metres always do.
  const [x = 0, y = 0] = firstPosition ?? [];
  return Math.abs(x) > 180 || Math.abs(y) > 90 ? 'SWEREF_99_TM' : 'WGS_84';
}

function mapPositions(geometry: Polygon | MultiPolygon, map: (p: Position) => Position) {
  return geometry.type === 'Polygon'
    ? { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(map)) }
    : {
        ...geometry,
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(map))),
      };
}

const round = ([x = 0, y = 0]: Position): Position => [
  Math.round(x * 1e6) / 1e6,
  Math.round(y * 1e6) / 1e6,
];

/**
 * A district boundary ready to store: in WGS 84, checked (closed rings, no self-intersections),
 * simplified for the screen, wound as GeoJSON (RFC 7946) prescribes. Null when it is not valid.
 */
export function prepareBoundary(
  geometry: Polygon | MultiPolygon,
  system: ReferenceSystem,
): Polygon | MultiPolygon | null {
  const wgs84 =
    system === 'SWEREF_99_TM' ? mapPositions(geometry, (p) => toWgs84.forward(p)) : geometry;
  const feature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: wgs84,
  };
  // booleanValid checks closure and ring relations; kinks finds a ring crossing itself.
  if (!booleanValid(feature) || kinks(feature).features.length > 0) return null;
  const inRange = (wgs84.type === 'Polygon' ? [wgs84.coordinates] : wgs84.coordinates)
    .flat(2)
    .every(([lon = 999, lat = 999]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
  if (!inRange) return null;
  const simplified = simplify(feature, { tolerance: SCREEN_TOLERANCE_DEGREES, highQuality: true });
  const wound = rewind(simplified) as Feature<Polygon | MultiPolygon>;
  return mapPositions(wound.geometry, round);
}
