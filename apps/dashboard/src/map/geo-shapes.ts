import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** A district's boundary drawn on the screen. */
export interface Shape {
  code: string;
  /** SVG path data. */
  path: string;
  /** Where a label or marker goes, in screen coordinates. */
  centroid: [number, number];
}

export interface ProjectedMap {
  shapes: Shape[];
  /** Codes whose boundary is not a readable polygon; the caller decides what to do about them. */
  invalid: string[];
}

type Area = Polygon | MultiPolygon;

function isArea(geometry: Geometry | null | undefined): geometry is Area {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The polygon in a boundary string: a GeoJSON geometry, feature or feature collection. */
function readArea(boundary: string): Area | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(boundary);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('type' in parsed)) return null;
  const object = parsed as Geometry | Feature | FeatureCollection;
  if (object.type === 'Feature') return isArea(object.geometry) ? object.geometry : null;
  if (object.type === 'FeatureCollection') {
    const polygons = object.features
      .map((feature) => feature.geometry)
      .filter(isArea)
      .flatMap((area) => (area.type === 'Polygon' ? [area.coordinates] : area.coordinates));
    return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
  }
  return isArea(object) ? object : null;
}

function reverseRings(area: Area): Area {
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  return area.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reverse(area.coordinates) }
    : { type: 'MultiPolygon', coordinates: area.coordinates.map(reverse) };
}

/**
 * d3-geo reads rings on the sphere, where a ring's winding says which side is inside; GeoJSON
 * files (RFC 7946) wind the other way round. A district larger than half the globe is such a
 * ring read inside out, so its rings are turned.
 */
function wound(area: Area): Area {
  return geoArea(area) > 2 * Math.PI ? reverseRings(area) : area;
}

/**
 * Projects the districts' boundaries (GeoJSON in WGS 84) to SVG paths filling a box of the given
 * size, with coordinates rounded to a tenth of a pixel so that the paths stay small.
 */
export function projectBoundaries(
  districts: ReadonlyArray<{ code: string; boundary: string }>,
  width: number,
  height: number,
  padding = 8,
): ProjectedMap {
  const invalid: string[] = [];
  const features: Feature<Area, { code: string }>[] = [];
  for (const { code, boundary } of districts) {
    const area = readArea(boundary);
    if (area) features.push({ type: 'Feature', geometry: wound(area), properties: { code } });
    else invalid.push(code);
  }
  if (features.length === 0) return { shapes: [], invalid };

  const collection: FeatureCollection<Area, { code: string }> = {
    type: 'FeatureCollection',
    features,
  };
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    collection as GeoPermissibleObjects,
  );
  const path = geoPath(projection).digits(1);
  const shapes = features.map((feature) => {
    const [x, y] = path.centroid(feature as GeoPermissibleObjects);
    return {
      code: feature.properties.code,
      path: path(feature as GeoPermissibleObjects) ?? '',
      centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number],
    };
  });
  return { shapes, invalid };
}
