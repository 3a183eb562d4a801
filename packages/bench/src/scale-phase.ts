import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import type { BenchConfig } from './config';
import { createServerDatabase, serverVersion, withClient, type ServerDatabase } from './databases';
import {
  SITUATION_PICTURE_FLOOR_SQL,
  verifyFloor,
  type FloorRow,
  type PictureCell,
} from './floor-sql';
import { expectData, postGraphQL } from './graphql-client';
import { importCsv, importEvidence, measureImport } from './import-bench';
import type { DemoObservation } from '@lagesbild/demo-data';
import { graphqlTarget, sqlTarget, type Measurer } from './measure';
import { requestBody, type Operation } from './operations';
import type { LoadGenerator } from './load-client';
import { processMemory } from './processes';
import {
  monotonicMicros,
  profilingEnv,
  readProfileOf,
  summariseWindows,
  type ProfileSummary,
} from './profile';
import { COMPUTE_AFRESH_ENV } from './afresh';
import { startProduct, type Product } from './product';
import type { ScaleEvidence, ScaleResult, StatementScaling } from './results';
import { loadScaledHistory } from './scale';
import { countStatements, shorten } from './statement-count';
import { median } from './stats';

async function timed(client: Client, sql: string, params: unknown[], times = 3): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await client.query(sql, params);
    durations.push(performance.now() - started);
  }
  return median(durations);
}

async function plan(client: Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    params,
  );
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

/**
 * The situation subgraph's statements for one picture, captured with their parameters at 1× and
 * at N× (the same code path sends the same statements, with other ids), each run alone on its
 * database; and the plan at N× of the one whose time grew most.
 */
async function pictureStatementScaling(options: {
  picture: Operation;
  at1x: ServerDatabase;
  atNx: ServerDatabase;
  path: string | undefined;
  log: (line: string) => void;
}): Promise<ScaleEvidence> {
  const capture = async (database: ServerDatabase) =>
    (
      await countStatements({
        databaseUrl: database.url,
        operations: [options.picture],
        path: options.path,
        log: options.log,
      })
    ).sent.get(options.picture.name)?.situation ?? [];
  const sent1x = await capture(options.at1x);
  const sentNx = await capture(options.atNx);
  return withClient(options.at1x.url, async (small) =>
    withClient(options.atNx.url, async (large) => {
      const pairs = sent1x.flatMap((at1x, index) => {
        const atNx = sentNx[index];
        return atNx ? [{ at1x, atNx }] : [];
      });
      const statements: StatementScaling[] = [];
      for (const { at1x, atNx } of pairs) {
        statements.push({
          statement: shorten(at1x.sql),
          rows: {
            at1x: (await small.query(at1x.sql, at1x.parameters)).rowCount ?? 0,
            atNx: (await large.query(atNx.sql, atNx.parameters)).rowCount ?? 0,
          },
          ms: {
            at1x: await timed(small, at1x.sql, at1x.parameters),
            atNx: await timed(large, atNx.sql, atNx.parameters),
          },
        });
      }
      const growth = (index: number) =>
        (statements[index]?.ms.atNx ?? 0) - (statements[index]?.ms.at1x ?? 0);
      const mostGrown = statements.reduce(
        (best, _, index) => (growth(index) > growth(best) ? index : best),
        0,
      );
      const slowest = pairs[mostGrown]?.atNx;
      return {
        pictureStatements: statements,
        mostGrown,
        planOfMostGrownNx: slowest ? await plan(large, slowest.sql, slowest.parameters) : '',
      };
    }),
  );
}

/** Checks the floor statement against the product's picture on one database. */
async function checkFloor(product: Product, picture: Operation) {
  const answer = await postGraphQL<{ situationPicture: { cells: PictureCell[] } }>(
    product.gatewayUrl,
    await product.token(picture.user),
    requestBody(picture),
  );
  const cells = expectData(answer, `situationPicture on ${product.label}`).situationPicture.cells;
  const rows = await withClient(
    product.databaseUrl,
    async (client) => (await client.query<FloorRow>(SITUATION_PICTURE_FLOOR_SQL)).rows,
  );
  return verifyFloor(rows, cells);
}

/**
 * 1× and N× side by side on a PostgreSQL server: two databases, the product started on each (the
 * demo seeded), N× bulk-loaded with the scaled history; then in every run the picture, the series
 * and the floor statement on both, alternately. The evidence for the picture's growth: each of
 * its statements timed at 1× and N×, with the plan of the one that grew most.
 */
export async function scalePhase(options: {
  config: BenchConfig;
  measurer: Measurer;
  operations: Operation[];
  log: (line: string) => void;
  /** The import phase's rows, imported once at 1× for the server's import throughput. */
  importRows: DemoObservation[];
  generator: LoadGenerator;
}): Promise<ScaleResult | { skipped: string }> {
  const { config, measurer, log } = options;
  const factor = config.scale;
  if (factor <= 1) return { skipped: 'The scale phase was switched off (--scale 0).' };
  const version = await serverVersion(config.scaleServerUrl);
  if (!version) {
    return {
      skipped: `No PostgreSQL server answered at ${new URL(config.scaleServerUrl).host}; set BENCH_SCALE_DATABASE_URL.`,
    };
  }
  const picture = options.operations.find((o) => o.name === 'situationPicture');
  const series = options.operations.find((o) => o.name === 'series');
  if (!picture || !series) throw new Error('The scale phase needs situationPicture and series.');

  const databases: ServerDatabase[] = [];
  const products: Product[] = [];
  // Every service of both stacks profiles itself (the same small overhead at 1× and N×).
  const folders = [1, 2].map(() => mkdtempSync(path.join(os.tmpdir(), 'lagesbild-scale-profile-')));
  try {
    log(`Scale: ${factor}× against 1× on PostgreSQL ${version}`);
    for (const label of ['1x', `${factor}x`])
      databases.push(await createServerDatabase(config.scaleServerUrl, label));
    const [db1, dbN] = databases as [ServerDatabase, ServerDatabase];
    const start = (label: string, database: ServerDatabase, folder: string) =>
      startProduct({
        label,
        databaseUrl: database.url,
        demoData: true,
        path: config.path,
        log,
        // What the history costs is the cost of computing the picture, not of serving it kept.
        extraEnv: { ...profilingEnv(folder), ...COMPUTE_AFRESH_ENV },
      });
    const at1x = await start('1x', db1, folders[0] ?? '');
    products.push(at1x);
    const atNx = await start(`${factor}x`, dbN, folders[1] ?? '');
    products.push(atNx);
    const load = await withClient(dbN.url, (client) => loadScaledHistory(client, factor));
    log(
      `  loaded ${load.rows.toLocaleString('en')} rows in ${load.seconds.toFixed(1)} s ` +
        `(${Math.round(load.rowsPerSecond).toLocaleString('en')} rows/s)`,
    );
    const countRows = (url: string) =>
      withClient(url, async (client) =>
        Number(
          (await client.query<{ n: string }>('SELECT count(*) AS n FROM situation.observation'))
            .rows[0]?.n,
        ),
      );
    const rows = { at1x: await countRows(db1.url), atNx: await countRows(dbN.url) };
    const floorChecks = {
      at1x: await checkFloor(at1x, picture),
      atNx: await checkFloor(atNx, picture),
    };

    const evidence = await pictureStatementScaling({
      picture,
      at1x: db1,
      atNx: dbN,
      path: config.path,
      log,
    });

    for (let run = 1; run <= config.runs; run++) {
      for (const operation of [picture, series]) {
        await measurer.side(run, operation.name, [
          {
            target: 'apollo-1x',
            spec: await graphqlTarget(at1x.gatewayUrl, operation, at1x.token),
          },
          {
            target: 'apollo-Nx',
            spec: await graphqlTarget(atNx.gatewayUrl, operation, atNx.token),
          },
        ]);
      }
      await measurer.side(run, 'situationPicture', [
        { target: 'floor-1x', spec: sqlTarget(db1.url, SITUATION_PICTURE_FLOOR_SQL) },
        { target: 'floor-Nx', spec: sqlTarget(dbN.url, SITUATION_PICTURE_FLOOR_SQL) },
      ]);
    }
    const scaleRatio = (
      operation: Operation,
      definition: string,
      numerator: 'apollo-Nx' | 'floor-Nx',
      denominator: 'apollo-1x' | 'floor-1x',
    ) =>
      measurer.ratio(
        definition,
        operation.name,
        1,
        { target: numerator, label: `${factor}×` },
        { target: denominator, label: '1×' },
      );

    const importOnServer = {
      server: `PostgreSQL ${version}`,
      measurement: await measureImport(at1x, importCsv(options.importRows), false),
      evidence: await importEvidence(db1.url, options.importRows),
    };
    log(
      `  import on the server: ${Math.round(importOnServer.measurement.rowsPerSecond).toLocaleString('en')} rows/s`,
    );
    // The situation subgraph's CPU profile while it answers the picture, at each scale.
    const profiled: {
      label: string;
      product: Product;
      folder: string;
      from: number;
      to: number;
      requests: number;
    }[] = [];
    for (const [index, product] of [at1x, atNx].entries()) {
      const from = monotonicMicros();
      const result = await options.generator.run({
        kind: 'http',
        url: product.gatewayUrl,
        requests: [
          {
            headers: { authorization: `Bearer ${await product.token(picture.user)}` },
            body: requestBody(picture),
          },
        ],
        connections: 1,
        durationSec: config.durationSec,
        warmupSec: 0,
        minRequests: 3,
        timeoutSec: 120,
      });
      profiled.push({
        label: product.label,
        product,
        folder: folders[index] ?? '',
        from,
        to: monotonicMicros(),
        requests: result.requests,
      });
    }
    const peakMemoryMiB: Record<string, number> = {};
    for (const product of products) {
      for (const [name, pid] of Object.entries(product.pids)) {
        const memory = processMemory(pid);
        if (memory) peakMemoryMiB[`${name} (${product.label})`] = memory.peakMiB;
      }
    }
    for (const product of products) await product.stop();
    const situationProfiles: ProfileSummary[] = profiled.flatMap((entry) => {
      const profile = readProfileOf(entry.folder, entry.product.pids.situation ?? 0);
      if (!profile) return [];
      const summary = summariseWindows(profile, [{ from: entry.from, to: entry.to }]);
      return [
        {
          operation: `situationPicture at ${entry.label.replace('x', '×')} (situation subgraph)`,
          requests: entry.requests,
          busyMs: summary.busyMs,
          busyMsPerRequest: summary.busyMs / Math.max(1, entry.requests),
          packages: summary.packages,
          functions: summary.functions,
        },
      ];
    });
    return {
      factor,
      server: `PostgreSQL ${version}`,
      rows,
      load,
      picture: scaleRatio(
        picture,
        `situationPicture p50 at ${factor}× ÷ at 1× (gateway, 1 connection)`,
        'apollo-Nx',
        'apollo-1x',
      ),
      series: scaleRatio(
        series,
        `series p50 at ${factor}× ÷ at 1× (gateway, 1 connection)`,
        'apollo-Nx',
        'apollo-1x',
      ),
      floor: scaleRatio(
        picture,
        `floor statement p50 at ${factor}× ÷ at 1×`,
        'floor-Nx',
        'floor-1x',
      ),
      floorChecks,
      evidence,
      peakMemoryMiB,
      importOnServer,
      situationProfiles,
    };
  } finally {
    for (const product of products.reverse()) await product.stop().catch(() => undefined);
    for (const database of databases) {
      await database
        .drop()
        .catch((error: unknown) => log(`Could not drop ${database.name}: ${String(error)}`));
    }
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
