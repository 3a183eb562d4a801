import { todayInStockholm } from '@lagesbild/period';
import type { RequestHandler, Response } from 'express';
import { OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Principal } from '@lagesbild/auth';
import { OPERATION_LIMITS } from '@lagesbild/service';
import { noteSubgraphsUsed } from './subgraph-usage';
import type { DataVersions, SubgraphVersions } from './subgraph-versions';

/** Operation texts whose kind is remembered: far more than the dashboard and scripts send. */
const OPERATION_TEXTS = 1_000;

/**
 * The longest operation text whose answer may be kept; longer ones (no dashboard query comes near
 * it) go straight to Apollo, so no caller can fill the memory with remembered texts.
 */
const KEPT_OPERATION_CHARACTERS = 64 * 1024;

/**
 * How long a request waits for the subgraphs' versions (single-row reads, a few milliseconds);
 * beyond it the answer is computed and not kept, so a slow subgraph costs no more than before.
 */
const VERSION_WAIT_MS = 250;

/** The versions, or null when they do not arrive in time or cannot be read. */
function versionsWithin(read: Promise<DataVersions | null>): Promise<DataVersions | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), VERSION_WAIT_MS);
  });
  return Promise.race([read.catch(() => null), late]).finally(() => clearTimeout(timer));
}

interface KeptAnswer {
  body: Buffer;
  contentType: string;
  /** The data versions, read before it was computed, of the subgraphs asked for it. */
  versions: DataVersions;
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** What the endpoint's authentication left for the handlers after it. */
interface VerifiedCaller {
  principal?: Principal;
  authorization?: string;
}

export interface ResponseCacheOptions {
  versions: SubgraphVersions;
  /** Bytes of answers kept at most; the least recently used go first. */
  maxBytes: number;
  /** Today's date in Sweden, a part of every key: some answers (overdue milestones) depend on it. */
  today?: () => string;
}

/** Whether the operation a request selects is a query (not a mutation or a subscription). */
function selectsQuery(document: DocumentNode, operationName: string | null): boolean {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const selected =
    operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((operation) => operation.name?.value === operationName);
  return selected?.operation === OperationTypeNode.QUERY;
}

/** Only a complete answer without errors is kept: Apollo writes `errors` first when there are any. */
function keepable(res: Response, body: unknown): body is string {
  return res.statusCode === 200 && typeof body === 'string' && body.startsWith('{"data":');
}

/** Whether every subgraph an answer was computed from is still at the version it was read at. */
function unchanged(kept: DataVersions, current: DataVersions | null): boolean {
  return current !== null && Object.entries(kept).every(([name, v]) => current[name] === v);
}

/** The versions of the subgraphs used; all of them when none was noted. */
function versionsOf(all: DataVersions, used: Set<string>): DataVersions {
  if (used.size === 0) return all;
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}

/**
 * The gateway's whole-answer cache, between the token check and Apollo. A query's answer is kept
 * under the operation text, its name and variables, the caller's verified principal (so no caller
 * is ever given another's answer: `me` depends on the user, `myAssignments` on the organisation)
 * and today's date, with the data versions of the subgraphs it was computed from (read before
 * computing it). Before a kept answer is served, those subgraphs are asked their versions (one
 * read per subgraph shared by concurrent requests, begun after the request arrived): a write
 * through any instance of any of them makes the very next request compute afresh. Mutations,
 * answers with errors, and anything the subgraphs cannot version pass straight through.
 */
export function responseCache(options: ResponseCacheOptions): RequestHandler {
  const answers = new LRUCache<string, KeptAnswer>({
    maxSize: options.maxBytes,
    sizeCalculation: (answer, key) => answer.body.length + key.length,
  });
  const queries = new LRUCache<string, boolean>({ max: OPERATION_TEXTS });
  // The day in Sweden, as the interventions subgraph counts overdue milestones and days late.
  const today = options.today ?? todayInStockholm;

  const isQuery = (text: string, operationName: string | null): boolean => {
    const known = queries.get(`${operationName ?? ''} ${text}`);
    if (known !== undefined) return known;
    let query = false;
    try {
      // Bounded as Apollo bounds it, so a hostile text costs no more here than there.
      query = selectsQuery(parse(text, { maxTokens: OPERATION_LIMITS.maxTokens }), operationName);
    } catch {
      // Apollo answers the syntax error itself.
    }
    queries.set(`${operationName ?? ''} ${text}`, query);
    return query;
  };

  return (req, res, next) => {
    const body = (req.method === 'POST' ? req.body : undefined) as GraphQLBody | undefined;
    const { principal, authorization } = res.locals as VerifiedCaller;
    if (
      !body ||
      typeof body.query !== 'string' ||
      body.query.length > KEPT_OPERATION_CHARACTERS ||
      body.extensions !== undefined ||
      !(body.operationName === undefined || typeof body.operationName === 'string') ||
      !principal ||
      authorization === undefined
    ) {
      next();
      return;
    }
    const { query, variables } = body;
    const operationName = body.operationName ?? null;
    if (!isQuery(query, operationName)) {
      next();
      return;
    }
    const key = JSON.stringify([today(), principal, query, operationName, variables]);
    const compute = (all: DataVersions | null) => {
      if (all === null) {
        next();
        return;
      }
      const used = new Set<string>();
      const send = res.send.bind(res);
      res.send = (answer: unknown) => {
        if (keepable(res, answer)) {
          const contentType = res.getHeader('content-type');
          answers.set(key, {
            body: Buffer.from(answer),
            contentType: typeof contentType === 'string' ? contentType : 'application/json',
            versions: versionsOf(all, used),
          });
        }
        return send(answer);
      };
      noteSubgraphsUsed(used, next);
    };
    const everyVersion = () => versionsWithin(options.versions.current(authorization));
    const kept = answers.get(key);
    if (!kept) {
      void everyVersion().then(compute);
      return;
    }
    void versionsWithin(options.versions.current(authorization, Object.keys(kept.versions))).then(
      (current) => {
        if (!unchanged(kept.versions, current)) {
          void everyVersion().then(compute);
          return;
        }
        res.status(200).setHeader('content-type', kept.contentType);
        res.setHeader('content-length', kept.body.length);
        res.end(kept.body);
      },
    );
  };
}
