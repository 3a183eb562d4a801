import path from 'node:path';
import { projectBoundaries } from './geo-shapes';

// d3 publishes ES modules only, which this CommonJS test run cannot load; its UMD builds,
// beside the modules in the same packages, hold the same code.
jest.mock('d3-array', () =>
  jest.requireActual(path.join(path.dirname(require.resolve('d3-array')), 'd3-array.js')),
);
jest.mock('d3-geo', () =>
  jest.requireActual(path.join(path.dirname(require.resolve('d3-geo')), 'd3-geo.js')),
);

/** A square of about 1 × 0.55 km near Västerås; `clockwise` as d3 winds, or as RFC 7946 does. */
function square(west: number, south: number, clockwise: boolean): number[][] {
  const [east, north] = [west + 0.02, south + 0.005];
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return clockwise ? ring.reverse() : ring;
}

const polygon = (ring: number[][]) => JSON.stringify({ type: 'Polygon', coordinates: [ring] });

/** Every coordinate of an SVG path's commands. */
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

describe('district boundaries on the map', () => {
  const west = {
    code: '1980R001',
    boundary: polygon(square(16.5, 59.6, false)),
  };
  const east = {
    code: '1980R002',
    boundary: JSON.stringify({
      type: 'Feature',
      properties: { name: 'öster' },
      geometry: { type: 'Polygon', coordinates: [square(16.52, 59.6, true)] },
    }),
  };

  it('draws each district as a path inside the box, whichever way its rings wind', () => {
    const { shapes, invalid } = projectBoundaries([west, east], 400, 300);
    expect(invalid).toEqual([]);
    expect(shapes.map((s) => s.code)).toEqual(['1980R001', '1980R002']);
    for (const shape of shapes) {
      expect(shape.path).toMatch(/^M.*Z$/);
      for (const [x, y] of points(shape.path)) {
        expect(x).toBeGreaterThanOrEqual(7.9);
        expect(x).toBeLessThanOrEqual(392.1);
        expect(y).toBeGreaterThanOrEqual(7.9);
        expect(y).toBeLessThanOrEqual(292.1);
      }
    }
    // Two equal squares side by side: the western one is on the left, at the same height.
    const [a, b] = shapes as [(typeof shapes)[0], (typeof shapes)[0]];
    expect(a.centroid[0]).toBeLessThan(b.centroid[0]);
    expect(a.centroid[1]).toBeCloseTo(b.centroid[1], 0);
    // Together they fill the width of the box (less the padding): fitted, not the whole globe.
    const xs = shapes.flatMap((s) => points(s.path).map(([x]) => x));
    expect(Math.min(...xs)).toBeCloseTo(8, 0);
    expect(Math.max(...xs)).toBeCloseTo(392, 0);
  });

  it('reads multipolygons and feature collections, and rounds to a tenth of a pixel', () => {
    const islands = {
      code: '1980R003',
      boundary: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: JSON.parse(polygon(square(16.5, 59.59, false))),
          },
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'MultiPolygon', coordinates: [[square(16.53, 59.59, false)]] },
          },
        ],
      }),
    };
    const { shapes } = projectBoundaries([west, islands], 400, 300);
    const island = shapes.find((s) => s.code === '1980R003')!;
    expect(island.path.match(/M/g)).toHaveLength(2);
    expect(island.path).not.toMatch(/\.\d\d/);
  });

  it('reports boundaries that are not polygons instead of drawing them', () => {
    const { shapes, invalid } = projectBoundaries(
      [
        west,
        { code: 'broken', boundary: '{"type":"Polygon"' },
        { code: 'point', boundary: '{"type":"Point","coordinates":[16.5,59.6]}' },
        { code: 'text', boundary: '"Västerås"' },
      ],
      400,
      300,
    );
    expect(shapes.map((s) => s.code)).toEqual(['1980R001']);
    expect(invalid).toEqual(['broken', 'point', 'text']);
    expect(projectBoundaries([], 400, 300)).toEqual({ shapes: [], invalid: [] });
  });
});
