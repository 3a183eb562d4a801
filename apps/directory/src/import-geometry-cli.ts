import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gatewayClient } from '@lagesbild/service';

/**
 * `npm run import:geometry -- FILE.geojson [--code-property regsokod] [--dry-run] [--user admin]`
 *
 * Loads district boundaries (e.g. SCB's RegSO layer for the municipality, in SWEREF 99 TM or
 * WGS 84) into the running product, through the gateway, as an admin.
 */
interface BoundaryAnswer {
  ok: boolean;
  referenceSystem: string;
  districts: number;
  missing: string[];
  problems: { feature: number; code: string | null; message: string }[];
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'code-property': { type: 'string' },
      user: { type: 'string', default: 'admin' },
    },
  });
  const file = positionals[0];
  if (!file) {
    throw new Error(
      'Usage: npm run import:geometry -- FILE.geojson [--code-property NAME] [--dry-run] [--user <demo user>]',
    );
  }
  // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
  const geojson = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const request = gatewayClient(process.env, values.user);
  const { importDistrictBoundaries: result } = await request<{
    importDistrictBoundaries: BoundaryAnswer;
  }>(
    `mutation($geojson: String!, $codeProperty: String, $dryRun: Boolean) {
      importDistrictBoundaries(geojson: $geojson, codeProperty: $codeProperty, dryRun: $dryRun) {
        ok referenceSystem districts missing problems { feature code message } } }`,
    { geojson, codeProperty: values['code-property'] ?? null, dryRun: values['dry-run'] },
  );
  for (const problem of result.problems) {
    console.error(
      `feature ${problem.feature}${problem.code ? ` (${problem.code})` : ''}: ${problem.message}`,
    );
  }
  if (!result.ok) {
    console.log(`Nothing was loaded: ${result.problems.length} problem(s).`);
    process.exitCode = 1;
    return;
  }
  const verb = values['dry-run'] ? 'Dry run' : 'Loaded';
  console.log(
    `${verb}: ${result.districts} district boundaries, read in ${result.referenceSystem}.`,
  );
  if (result.missing.length > 0) {
    console.log(
      `No boundary for ${result.missing.length} district(s): ${result.missing.join(', ')}.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
