import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gatewayClient } from '@lagesbild/service';

/**
 * `npm run import -- FILE [--dry-run] [--format csv|kolada] [--user analytiker]`
 *
 * Sends a CSV or Kolada JSON file to the running product's `importObservations`, through the
 * gateway, as a signed-in user: LAGESBILD_TOKEN in production, or a demo user in demo mode.
 */
interface ImportAnswer {
  ok: boolean;
  rows: number;
  inserted: number;
  existing: number;
  skipped: number;
  problems: { row: number; field: string; message: string }[];
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string' },
      user: { type: 'string', default: 'analytiker' },
    },
  });
  const file = positionals[0];
  if (!file) {
    throw new Error(
      'Usage: npm run import -- FILE [--dry-run] [--format csv|kolada] [--user <demo user>]',
    );
  }
  const format =
    values.format === 'kolada' || (!values.format && file.toLowerCase().endsWith('.json'))
      ? 'KOLADA_JSON'
      : 'CSV';
  // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
  const content = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const request = gatewayClient(process.env, values.user);
  const { importObservations: result } = await request<{ importObservations: ImportAnswer }>(
    `mutation($format: ObservationFileFormat!, $content: String!, $dryRun: Boolean) {
      importObservations(format: $format, content: $content, dryRun: $dryRun) {
        ok rows inserted existing skipped problems { row field message } } }`,
    { format, content, dryRun: values['dry-run'] },
  );
  for (const problem of result.problems) {
    console.error(`row ${problem.row}, ${problem.field}: ${problem.message}`);
  }
  const verb = values['dry-run'] ? 'Dry run' : 'Imported';
  console.log(
    result.ok
      ? `${verb}: ${result.rows} rows — ${result.inserted} new, ${result.existing} existing, ${result.skipped} skipped.`
      : `Nothing was imported: ${result.problems.length} problem(s) in ${result.rows} rows.`,
  );
  if (!result.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
