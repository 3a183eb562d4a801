import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseConfig } from '@lagesbild/config';

/**
 * `npm run import -- FILE [--dry-run] [--format csv|kolada] [--user analytiker]`
 *
 * Sends a CSV or Kolada JSON file to the running product's `importObservations`, through the
 * gateway, as a signed-in user: LAGESBILD_TOKEN in production, or a demo user's token in demo mode.
 */
const env = parseConfig(
  z.object({
    GATEWAY_URL: z.url().default('http://localhost:4000'),
    LAGESBILD_TOKEN: z.string().min(1).optional(),
    /** npm sets this to the folder the command was typed in. */
    INIT_CWD: z.string().optional(),
  }),
  process.env,
);

const USAGE =
  'Usage: npm run import -- FILE [--dry-run] [--format csv|kolada] [--user <demo user>]';

interface ImportAnswer {
  ok: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problems: { row: number; field: string; message: string }[];
}

async function token(user: string): Promise<string> {
  if (env.LAGESBILD_TOKEN) return env.LAGESBILD_TOKEN;
  const response = await fetch(new URL('/auth/dev-token', env.GATEWAY_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!body.token) {
    throw new Error(
      `No demo token for "${user}": ${body.error ?? response.statusText}. Set LAGESBILD_TOKEN.`,
    );
  }
  return body.token;
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
  if (!file) throw new Error(USAGE);
  const format =
    values.format === 'kolada' || (!values.format && file.toLowerCase().endsWith('.json'))
      ? 'KOLADA_JSON'
      : 'CSV';
  const content = readFileSync(path.resolve(env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const response = await fetch(new URL('/graphql', env.GATEWAY_URL), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await token(values.user)}`,
    },
    body: JSON.stringify({
      query: `mutation($format: ObservationFileFormat!, $content: String!, $dryRun: Boolean) {
        importObservations(format: $format, content: $content, dryRun: $dryRun) {
          ok rows inserted updated unchanged skipped problems { row field message } } }`,
      variables: { format, content, dryRun: values['dry-run'] },
    }),
  });
  const body = (await response.json()) as {
    data?: { importObservations: ImportAnswer } | null;
    errors?: { message: string }[];
  };
  if (!body.data)
    throw new Error(body.errors?.map((e) => e.message).join('\n') ?? response.statusText);
  const result = body.data.importObservations;
  for (const problem of result.problems) {
    console.error(`row ${problem.row}, ${problem.field}: ${problem.message}`);
  }
  const verb = values['dry-run'] ? 'Dry run' : 'Imported';
  console.log(
    result.ok
      ? `${verb}: ${result.rows} rows — ${result.inserted} new, ${result.updated} changed, ${result.unchanged} unchanged, ${result.skipped} skipped.`
      : `Nothing was imported: ${result.problems.length} problem(s) in ${result.rows} rows.`,
  );
  if (!result.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
