import type { MultiPolygon, Polygon } from 'geojson';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { prepareBoundary, referenceSystemOf } from './boundary-geometry';
import type { BoundaryImportResult, BoundaryProblem } from './boundary-import.types';
import { District } from './district.entity';
import { DIRECTORY_SCHEMA } from '../data-source';

/** Attribute names SCB and municipalities use for the area code, tried in this order. */
const CODE_PROPERTIES = ['regsokod', 'RegSO', 'regso_code', 'regso', 'desokod', 'code', 'kod'];

const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  crs: z.object({ properties: z.object({ name: z.string() }) }).optional(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()).nullable(),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }).nullable(),
    }),
  ),
});

/**
 * Loads district boundaries from GeoJSON — e.g. SCB's open RegSO layer for the municipality, in
 * SWEREF 99 TM or WGS 84 — matched on the district code. Every feature is checked first; with any
 * problem (unknown code, not a polygon, invalid geometry) nothing is stored.
 */
export class BoundaryImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importBoundaries(
    content: string,
    options: { codeProperty?: string | null; dryRun: boolean },
  ): Promise<BoundaryImportResult> {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      throw new InvalidInputError('geojson', `The file is not JSON: ${(error as Error).message}`);
    }
    const parsed = featureCollection.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInputError(
        'geojson',
        `The file is not a GeoJSON FeatureCollection: ${issue?.path.join('.') || 'file'}: ${issue?.message}`,
      );
    }
    const { features, crs } = parsed.data;
    const firstPosition = firstPositionOf(features[0]?.geometry?.coordinates);
    const system = referenceSystemOf(crs?.properties.name, firstPosition);
    if (typeof system === 'object') {
      throw new InvalidInputError(
        'geojson',
        `The file is in ${system.unsupported}; give it in SWEREF 99 TM (EPSG:3006) or WGS 84.`,
      );
    }
    const districts = await this.dataSource.getRepository(District).find();
    const known = new Set(districts.map((d) => d.code));
    const problems: BoundaryProblem[] = [];
    const boundaries = new Map<string, Polygon | MultiPolygon>();
    features.forEach((feature, index) => {
      const properties = feature.properties ?? {};
      const property =
        options.codeProperty ??
        CODE_PROPERTIES.find((name) => typeof properties[name] === 'string');
      const code =
        property && typeof properties[property] === 'string' ? String(properties[property]) : null;
      const problem = (message: string) => problems.push({ feature: index + 1, code, message });
      if (!code) {
        return problem(
          `No district code: give the code property (tried ${options.codeProperty ?? CODE_PROPERTIES.join(', ')}).`,
        );
      }
      if (!known.has(code)) return problem(`Unknown district "${code}".`);
      if (boundaries.has(code)) return problem(`"${code}" has a boundary earlier in the file.`);
      const geometry = feature.geometry;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        return problem(
          `The geometry is ${geometry?.type ?? 'missing'}, not a Polygon or MultiPolygon.`,
        );
      }
      const boundary = prepareBoundary(geometry as Polygon | MultiPolygon, system);
      if (!boundary) {
        return problem(
          'The geometry is not valid: rings must be closed and must not cross themselves.',
        );
      }
      boundaries.set(code, boundary);
    });

    const missing = districts
      .map((d) => d.code)
      .filter((code) => !boundaries.has(code))
      .sort();
    const result = { dryRun: options.dryRun, referenceSystem: system, missing, problems };
    if (problems.length > 0) return { ...result, ok: false, districts: 0 };
    if (!options.dryRun) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE ${DIRECTORY_SCHEMA}.district d SET boundary = b.boundary
             FROM unnest($1::text[], $2::jsonb[]) AS b(code, boundary)
            WHERE d.code = b.code`,
          [[...boundaries.keys()], [...boundaries.values()].map((b) => JSON.stringify(b))],
        );
      });
    }
    return { ...result, ok: true, districts: boundaries.size };
  }
}

function firstPositionOf(coordinates: unknown): [number, number] | undefined {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number'
    ? [value[0], value[1]]
    : undefined;
}
