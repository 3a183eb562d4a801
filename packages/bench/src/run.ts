import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resultsStem, type BenchConfig } from './config';
import { ANCHORED, anchorFigures, startBareServer, type BareServer } from './anchor';
import { createServerDatabase, serverVersion, withClient, type ServerDatabase } from './databases';
import {
  SITUATION_PICTURE_FLOOR_SQL,
  verifyFloor,
  type FloorRow,
  type PictureCell,
} from './floor-sql';
import { postGraphQL, expectData } from './graphql-client';
import { importCsv, importEvidence, importRows, measureImport } from './import-bench';
import { startLoadGenerator, type LoadGenerator } from './load-client';
import { Measurer, graphqlTarget, sqlTarget, type TargetSpec } from './measure';
import { dashboardOperations, requestBody, type Operation } from './operations';
import { PEERS, startHiveGateway, type PeerGateway } from './peer-gateway';
import { processMemory } from './processes';
import { profileGateway, type ProfileSummary } from './profile';
import { startProduct, type Product } from './product';
import { markdownReport } from './report';
import type { BenchResults, ImportResult, RatioFigure, Target } from './results';
import { scalePhase } from './scale-phase';
import { soak } from './soak';
import { countStatements } from './statement-count';
import { median } from './stats';
import { judgeTargets } from './targets';

const ROOT = path.join(__dirname, '..', '..', '..');

function log(line: string) {
  const time = new Date().toISOString().slice(11, 19);
  console.log(`${time} ${line}`);
}

/** Only the services' warnings and errors reach the console; their info lines are off. */
function serviceLog(line: string) {
  if (/\b(WARN|ERROR)\b/.test(line)) log(line);
}

function commitOf(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Every operation through the gateway, each peer and, where one answers it alone, the subgraph. */
async function checkAnswers(
  product: Product,
  peers: PeerGateway[],
  operations: Operation[],
): Promise<Record<string, string>> {
  const outcome: Record<string, string> = {};
  for (const operation of operations) {
    const token = await product.token(operation.user);
    const body = requestBody(operation);
    const apollo = expectData(
      await postGraphQL(product.gatewayUrl, token, body),
      `${operation.name} via the gateway`,
    );
    const differences: string[] = [];
    for (const peer of peers) {
      const answer = expectData(
        await postGraphQL(peer.url, token, body),
        `${operation.name} via ${peer.label}`,
      );
      if (canonical(apollo) !== canonical(answer))
        differences.push(`${peer.label} answers differently`);
    }
    if (operation.subgraph) {
      const direct = expectData(
        await postGraphQL(product.subgraphUrls[operation.subgraph], token, body),
        `${operation.name} straight to ${operation.subgraph}`,
      );
      if (canonical(apollo) !== canonical(direct))
        differences.push('the subgraph answers differently');
    }
    outcome[operation.name] = differences.length ? differences.join('; ') : 'identical';
  }
  return outcome;
}

async function floorCheck(product: Product, picture: Operation) {
  const answer = await postGraphQL<{ situationPicture: { cells: PictureCell[] } }>(
    product.gatewayUrl,
    await product.token(picture.user),
    requestBody(picture),
  );
  const cells = expectData(answer, 'situationPicture').situationPicture.cells;
  const rows = await withClient(
    product.databaseUrl,
    async (client) => (await client.query<FloorRow>(SITUATION_PICTURE_FLOOR_SQL)).rows,
  );
  return verifyFloor(rows, cells);
}

function peakMemory(pids: Record<string, number>): Record<string, number> {
  const peaks: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    const memory = processMemory(pid);
    if (memory) peaks[name] = memory.peakMiB;
  }
  return peaks;
}

/** The whole benchmark: start, measure, write bench/results/<date>[-<options>].json and .md. */
export async function runBench(config: BenchConfig): Promise<void> {
  const began = Date.now();
  const notes: string[] = [];
  const operations = dashboardOperations();
  const picture = operations.find((o) => o.name === 'situationPicture');
  if (!picture) throw new Error('No situationPicture operation.');

  let generator: LoadGenerator | undefined;
  let product: Product | undefined;
  let peers: PeerGateway[] = [];
  let bare: BareServer | undefined;
  let ownDatabase: ServerDatabase | undefined;
  const cleanUp = async () => {
    for (const peer of peers) await peer.stop().catch(() => undefined);
    await bare?.stop().catch(() => undefined);
    await product?.stop().catch(() => undefined);
    await ownDatabase?.drop().catch(() => undefined);
    await generator?.stop().catch(() => undefined);
  };
  const interrupt = () => {
    log('Interrupted: stopping what the bench started …');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  try {
    generator = await startLoadGenerator();
    let database: string;
    if (config.serverUrl) {
      const version = await serverVersion(config.serverUrl);
      if (!version) throw new Error('BENCH_DATABASE_URL does not answer.');
      ownDatabase = await createServerDatabase(config.serverUrl, 'main');
      database = `PostgreSQL ${version} (BENCH_DATABASE_URL)`;
    } else {
      database = 'embedded PGlite';
    }
    log(`Starting the product (production build, NODE_ENV=production) on ${database} …`);
    product = await startProduct({
      label: 'main',
      databaseUrl: ownDatabase?.url,
      demoData: true,
      path: config.path,
      log: serviceLog,
    });
    if (product.embedded) {
      const version = await withClient(
        product.databaseUrl,
        async (client) =>
          (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? '',
      );
      database = `embedded ${/PGlite [\d.]+/.exec(version)?.[0] ?? 'PGlite'} (PostgreSQL ${/PostgreSQL ([\d.]+)/.exec(version)?.[1] ?? '?'}), in the bench process`;
    }
    for (const peer of PEERS) {
      peers.push(await startHiveGateway(peer, product, serviceLog, config.path));
    }
    const main = product;

    log('Checking that every operation answers the same everywhere, and the floor statement …');
    const sameAnswers = await checkAnswers(main, peers, operations);
    const floorChecked = await floorCheck(main, picture);
    log(
      `  answers: ${JSON.stringify(sameAnswers)}; floor: ${floorChecked.mismatches} differences in ${floorChecked.cells} cells ${floorChecked.examples.join('; ')}`,
    );

    log("Starting a bare Node.js http server with the gateway's answer bytes (the limit) …");
    const limit = await startBareServer(main.gatewayUrl, operations, main.token);
    bare = limit;

    log('Counting SQL statements per operation …');
    const { counts: statements } = await countStatements({
      databaseUrl: main.databaseUrl,
      operations,
      path: config.path,
      log: serviceLog,
    });
    for (const count of statements)
      log(`  ${count.operation}: ${count.total} (${JSON.stringify(count.bySubgraph)})`);

    const measurer = new Measurer(generator, config, log);
    const c = config.loadConnections;
    for (let run = 1; run <= config.runs; run++) {
      log(`Run ${run} of ${config.runs}: side by side on one connection, then ${c} connections`);
      for (const operation of operations) {
        const targets: { target: Target; spec: TargetSpec }[] = [
          { target: 'apollo', spec: await graphqlTarget(main.gatewayUrl, operation, main.token) },
        ];
        if (operation.subgraph) {
          const url = main.subgraphUrls[operation.subgraph];
          targets.push({ target: 'direct', spec: await graphqlTarget(url, operation, main.token) });
        }
        for (const peer of peers) {
          targets.push({
            target: peer.target,
            spec: await graphqlTarget(peer.url, operation, main.token),
          });
        }
        if (ANCHORED.includes(operation.name)) {
          const url = limit.url(operation.name);
          targets.push({ target: 'bare', spec: await graphqlTarget(url, operation, main.token) });
        }
        if (operation === picture) {
          targets.push({
            target: 'floor',
            spec: sqlTarget(main.databaseUrl, SITUATION_PICTURE_FLOOR_SQL),
          });
        }
        await measurer.side(run, operation.name, targets);
      }
      for (const operation of operations) {
        await measurer.http(run, 'apollo', operation, main.gatewayUrl, main.token, c);
        if (ANCHORED.includes(operation.name)) {
          await measurer.http(run, 'bare', operation, limit.url(operation.name), main.token, c);
        }
        for (const peer of peers) {
          await measurer.http(run, peer.target, operation, peer.url, main.token, c);
        }
      }
    }

    log('Profiling the gateway (V8 CPU profile of a second gateway process) …');
    const gatewayProfiles: ProfileSummary[] = [];
    for (const name of ['situationPicture', 'kpiSummary', 'interventions']) {
      const operation = operations.find((o) => o.name === name);
      if (!operation) continue;
      const profile = await profileGateway({
        product: main,
        operation,
        seconds: Math.max(2, config.durationSec),
        generator,
        path: config.path,
        log: serviceLog,
      }).catch((error: unknown) => {
        log(`  profile of ${name} failed: ${String(error)}`);
        return null;
      });
      if (!profile) continue;
      gatewayProfiles.push(profile);
      log(
        `  ${name}: ${profile.busyMsPerRequest.toFixed(1)} ms CPU per answer; ${profile.packages
          .slice(0, 5)
          .map((p) => `${p.name} ${(p.share * 100).toFixed(0)} %`)
          .join(', ')}`,
      );
    }

    log(
      `Import: ${config.importRows.toLocaleString('en')} CSV rows through importObservations, ${config.importRuns}×`,
    );
    const rowsToImport = importRows(config.importRows);
    const csv = importCsv(rowsToImport);
    const imports: ImportResult = {
      rows: config.importRows,
      bytes: Buffer.byteLength(csv),
      runs: [],
      dryRuns: [],
      medianRowsPerSecond: NaN,
      medianDryRunRowsPerSecond: NaN,
      evidence: null,
      onServer: null,
    };
    // Let the last load's leftover requests finish before timing the import.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (let run = 1; run <= config.importRuns; run++) {
      const dry = await measureImport(main, csv, true);
      const real = await measureImport(main, csv, false);
      imports.dryRuns.push(dry);
      imports.runs.push(real);
      const failure = real.failed ?? dry.failed;
      log(
        `  run ${run}: ${Math.round(real.rowsPerSecond).toLocaleString('en')} rows/s (${real.seconds.toFixed(1)} s); dry run ${dry.seconds.toFixed(1)} s${failure ? `; FAILED: ${failure}` : ''}`,
      );
    }
    imports.medianRowsPerSecond = median(imports.runs.map((r) => r.rowsPerSecond));
    imports.medianDryRunRowsPerSecond = median(imports.dryRuns.map((r) => r.rowsPerSecond));
    imports.evidence = await importEvidence(main.databaseUrl, rowsToImport);
    log(
      `  evidence: classify ${imports.evidence.classifyMs.toFixed(0)} ms, upsert ${imports.evidence.upsertMs.toFixed(0)} ms (${imports.evidence.triggers.map((t) => `${t.name} ${t.ms.toFixed(0)} ms`).join(', ')}), plain INSERT ${imports.evidence.insertFloorMs.toFixed(0)} ms`,
    );

    const pids: Record<string, number> = {
      ...main.pids,
      ...Object.fromEntries(peers.map((peer) => [peer.target, peer.pid])),
    };
    if (main.embedded) pids['bench (hosts PGlite)'] = process.pid;
    log(`Soak: ${config.soakSec} s of mixed load, ${c} connections …`);
    const soaked = await soak({
      generator,
      url: main.gatewayUrl,
      requests: await measurer.requestsFor(operations, main.token),
      connections: c,
      seconds: config.soakSec,
      warmupSec: config.quick ? 5 : 60,
      pids: Object.fromEntries(
        Object.entries(pids).filter(([name]) => !peers.some((peer) => peer.target === name)),
      ),
    });
    log(
      `  ${soaked.requests} requests, ${soaked.errors} errors; memory ${Object.entries(
        soaked.memory,
      )
        .map(([name, m]) => `${name} ${(m.growth * 100).toFixed(1)} %`)
        .join(', ')}`,
    );
    const peakMemoryMiB = peakMemory(pids);

    for (const peer of peers) await peer.stop();
    peers = [];
    await limit.stop();
    bare = undefined;
    await product.stop();
    product = undefined;
    await ownDatabase?.drop();

    const scale = await scalePhase({
      config,
      measurer,
      operations,
      log,
      importRows: rowsToImport,
      generator,
    }).catch((error: unknown) => {
      log(`Scale phase failed: ${String(error)}`);
      return {
        skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      };
    });
    if ('skipped' in scale) notes.push(`Scale phase skipped: ${scale.skipped}`);
    else imports.onServer = scale.importOnServer;
    if (!('skipped' in scale) && !config.serverUrl) {
      notes.push(
        `The scale phase ran on ${scale.server} (both 1× and ${scale.factor}×), not on the embedded database: bulk-loading and querying ${scale.rows.atNx.toLocaleString('en')} rows in PGlite (WebAssembly, one thread, inside the bench process) takes many minutes on this 2-core machine.`,
      );
    }

    const byOperation = <T>(make: (operation: Operation) => T | null): Record<string, T> =>
      Object.fromEntries(
        operations.flatMap((operation) => {
          const value = make(operation);
          return value === null ? [] : [[operation.name, value]];
        }),
      );
    const gatewayOverhead = byOperation<RatioFigure>((operation) =>
      operation.subgraph
        ? measurer.ratio(
            `${operation.name} p50 through the gateway ÷ straight to ${operation.subgraph} (same token, 1 connection)`,
            operation.name,
            1,
            { target: 'apollo', label: 'gateway' },
            { target: 'direct', label: operation.subgraph },
          )
        : null,
    );
    const peerRatio = (peer: (typeof PEERS)[number], connections: number) =>
      byOperation<RatioFigure>((operation) =>
        measurer.ratio(
          `${operation.name} p50 via @apollo/gateway ÷ via ${peer.label} (${connections} connection${connections > 1 ? 's' : ''})`,
          operation.name,
          connections,
          { target: 'apollo', label: '@apollo/gateway' },
          { target: peer.target, label: peer.label },
        ),
      );
    const peerGateway = Object.fromEntries(
      PEERS.map((peer) => [
        peer.target,
        { label: peer.label, single: peerRatio(peer, 1), underLoad: peerRatio(peer, c) },
      ]),
    ) as BenchResults['peerGateway'];
    const errorsByTarget = measurer.errorsByTarget();
    const productErrors =
      (errorsByTarget.apollo ?? 0) +
      (errorsByTarget['apollo-1x'] ?? 0) +
      (errorsByTarget['apollo-Nx'] ?? 0) +
      (errorsByTarget.direct ?? 0) +
      soaked.errors;

    notes.push(
      "The product's gateway and situation subgraph serve kept answers (validated against the data versions on every request); the peer gateways keep no answers and ask the subgraphs every time, so the peer ratios compare the gateway's kept answers with answers composed afresh.",
      `Per-user rate limit raised (RATE_LIMIT_PER_MINUTE=${'1e9'}) in every service: one demo user sends each measurement's load.`,
      'Ratios compare p50 latencies measured side by side: one connection sends to each target in turn, ' +
        'round after round, so that other work on the machine falls on all of them alike. Load figures ' +
        `use ${c} connections (autocannon); all load comes from a separate process.`,
    );
    const results: BenchResults = {
      meta: {
        date: new Date().toISOString(),
        commit: commitOf(),
        arguments: config.arguments,
        quick: config.quick,
        runs: config.runs,
        durationSec: config.durationSec,
        warmupSec: config.warmupSec,
        loadConnections: c,
        machine: {
          cpus: os.cpus().length,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        database,
        notes,
        elapsedSec: Math.round((Date.now() - began) / 1000),
      },
      operations: operations.map(({ name, description, user, subgraph }) => ({
        name,
        description,
        user,
        subgraph,
      })),
      load: byOperation((operation) => measurer.medianLoad('apollo', operation.name, c)),
      statements,
      floor: measurer.ratio(
        'situationPicture p50 through the gateway ÷ the floor statement through pg (1 connection)',
        'situationPicture',
        1,
        { target: 'apollo', label: 'gateway' },
        { target: 'floor', label: 'SQL' },
      ),
      floorCheck: floorChecked,
      anchor: anchorFigures(measurer, c),
      gatewayOverhead,
      peerGateway,
      gatewayProfiles,
      sameAnswers,
      scale,
      import: imports,
      soak: soaked,
      peakMemoryMiB,
      errors: { underLoad: productErrors, byTarget: errorsByTarget },
      targets: [],
      measurements: measurer.measurements,
    };
    results.targets = judgeTargets(results);

    mkdirSync(config.resultsDir, { recursive: true });
    const stem = resultsStem(results.meta.date, config.arguments, Boolean(config.serverUrl));
    writeFileSync(
      path.join(config.resultsDir, `${stem}.json`),
      `${JSON.stringify(results, null, 1)}\n`,
    );
    writeFileSync(path.join(config.resultsDir, `${stem}.md`), markdownReport(results));
    log(`Wrote bench/results/${stem}.json and .md in ${results.meta.elapsedSec} s`);
    for (const target of results.targets) {
      log(
        `  ${target.met === null ? 'n/a ' : target.met ? 'MET ' : 'MISS'} ${target.name}: ${target.measured} (target ${target.target})`,
      );
    }
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await cleanUp();
  }
}
