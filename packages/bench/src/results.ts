import type { FloorCheck } from './floor-sql';
import type { ImportEvidence, ImportMeasurement } from './import-bench';
import type { LoadResult } from './load-protocol';
import type { Operation, OperationName } from './operations';
import type { ProfileSummary } from './profile';
import type { BulkLoadResult } from './scale';
import type { StatementCount } from './statement-count';

/** The peer gateways: Hive Gateway with its JavaScript query planner, and with Hive Router's. */
export type PeerTarget = 'hive' | 'hive-router';

/** Where a measurement sent its load. */
export type Target =
  | 'apollo'
  | PeerTarget
  | 'direct'
  | 'floor'
  | 'bare'
  | 'apollo-1x'
  | 'apollo-Nx'
  | 'floor-1x'
  | 'floor-Nx';

/** @apollo/gateway ÷ one peer gateway, per operation, with one connection and under load. */
export interface PeerComparison {
  label: string;
  single: Record<string, RatioFigure>;
  underLoad: Record<string, RatioFigure>;
}

export interface Measurement {
  run: number;
  target: Target;
  operation: OperationName;
  connections: number;
  result: LoadResult;
}

/** A ratio measured in each run, and its median (the figure judged against a target). */
export interface RatioFigure {
  /** What is divided by what. */
  definition: string;
  perRun: number[];
  median: number;
  numerator: { label: string; p50: number };
  denominator: { label: string; p50: number };
}

/** Low-water marks of resident memory in the first and last third of the soak. */
export interface MemoryGrowth {
  startMiB: number;
  endMiB: number;
  growth: number;
  /** The same with the medians of those thirds (swings with garbage collection). */
  medianGrowth: number;
}

export interface SoakResult {
  seconds: number;
  warmupSec: number;
  connections: number;
  requests: number;
  throughput: number;
  errors: number;
  firstError: string | null;
  memory: Record<string, MemoryGrowth>;
  samples: { atSec: number; rssMiB: Record<string, number> }[];
}

/** One of the picture's statements, run alone at 1× and at N×. */
export interface StatementScaling {
  /** Shortened. */
  statement: string;
  rows: { at1x: number; atNx: number };
  /** Median of three executions. */
  ms: { at1x: number; atNx: number };
}

export interface ScaleEvidence {
  /** The situation subgraph's statements for one picture, in the order it sends them. */
  pictureStatements: StatementScaling[];
  /** Index of the statement whose time grew most from 1× to N×. */
  mostGrown: number;
  planOfMostGrownNx: string;
}

export interface ScaleResult {
  factor: number;
  server: string;
  rows: { at1x: number; atNx: number };
  load: BulkLoadResult;
  picture: RatioFigure;
  series: RatioFigure;
  floor: RatioFigure;
  floorChecks: { at1x: FloorCheck; atNx: FloorCheck };
  evidence: ScaleEvidence;
  peakMemoryMiB: Record<string, number>;
  importOnServer: ServerImport;
  /** CPU profiles of the situation subgraph answering the picture at 1× and N×. */
  situationProfiles: ProfileSummary[];
}

export interface ImportResult {
  rows: number;
  bytes: number;
  runs: ImportMeasurement[];
  dryRuns: ImportMeasurement[];
  medianRowsPerSecond: number;
  medianDryRunRowsPerSecond: number;
  /** Where the writing time goes, on the same database. */
  evidence: ImportEvidence | null;
  /** One import on the scale phase's PostgreSQL server (1×), for comparison. */
  onServer: ServerImport | null;
}

export interface ServerImport {
  server: string;
  measurement: ImportMeasurement;
  evidence: ImportEvidence;
}

export interface TargetVerdict {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  /** How far off, when missed; why, in a sentence or two with the evidence. */
  note: string;
}

export interface BenchResults {
  meta: {
    date: string;
    commit: string;
    /** The bench's command-line arguments (`npm run bench -- …`). */
    arguments: string[];
    quick: boolean;
    runs: number;
    durationSec: number;
    warmupSec: number;
    loadConnections: number;
    machine: { cpus: number; memoryGiB: number; node: string };
    database: string;
    notes: string[];
    elapsedSec: number;
  };
  operations: Pick<Operation, 'name' | 'description' | 'user' | 'subgraph'>[];
  /** Through the product's gateway with `loadConnections` connections, median of the runs. */
  load: Record<string, LoadResult>;
  statements: StatementCount[];
  floor: RatioFigure;
  floorCheck: FloorCheck;
  /** The limit: the gateway against a bare Node.js http server sending the same answer bytes. */
  anchor: Partial<Record<OperationName, AnchorFigure>>;
  gatewayOverhead: Record<string, RatioFigure>;
  peerGateway: Record<PeerTarget, PeerComparison>;
  /** CPU profiles of the product's gateway answering single-subgraph operations. */
  gatewayProfiles: ProfileSummary[];
  /** Answers identical through both gateways and straight from the subgraph. */
  sameAnswers: Record<string, string>;
  scale: ScaleResult | { skipped: string };
  import: ImportResult;
  soak: SoakResult;
  peakMemoryMiB: Record<string, number>;
  errors: { underLoad: number; byTarget: Record<string, number> };
  targets: TargetVerdict[];
  measurements: Measurement[];
}

/** One anchored operation: the gateway against the bare server with the same bytes. */
export interface AnchorFigure {
  /** p50 through the gateway ÷ the bare server, one connection, side by side. */
  single: RatioFigure;
  /** With the load's connections: answers per second of each, medians of the runs. */
  underLoad: {
    connections: number;
    gatewayPerSecond: number;
    barePerSecond: number;
    /** gateway ÷ bare answers per second, median of the per-run ratios. */
    share: number;
    gatewayP50: number;
    bareP50: number;
    errors: number;
  };
  bytes: number;
}
