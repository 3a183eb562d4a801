import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { API_SCHEMA_PATH, SUBGRAPHS, subgraphSdlPath } from '@lagesbild/supergraph';
import { startProductionFixture, type ProductionFixture } from './production-fixture';

/*
 * Generates hostile operations from the committed schemas: for every query and mutation field,
 * every argument and every input field, values of the wrong type, 1 MB strings, NUL characters in
 * literals and variables, malformed ids, out-of-range numbers and periods, and lists far too long;
 * for every entity type of every subgraph, crafted `_entities` representations. They go through the
 * gateway and straight to each subgraph, as leadership (so mutations reach their checks), as a
 * committee member and as an admin (who may import). Every operation is invalid: the other required
 * arguments get values that are refused too (markup in text, an id nobody has, dryRun: true), so
 * nothing may be written. Afterwards every service is alive, no answer was a 5xx or an
 * INTERNAL_SERVER_ERROR, and every table has the rows it had.
 */

/** At most this many operations per field, target and user; spread evenly over what is generated. */
const PER_FIELD = 25;
const CONCURRENCY = 4;
const MEGABYTE = 'x'.repeat(1_000_000);
const NOBODY = '00000000-0000-4000-8000-000000000000';

interface Operation {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
}

interface Schema {
  document: DocumentNode;
  inputs: Map<string, readonly InputValueDefinitionNode[]>;
  enums: Map<string, string[]>;
}

function readSchema(file: string): Schema {
  const document = parse(readFileSync(file, 'utf8'));
  const inputs = new Map<string, InputValueDefinitionNode[]>();
  const enums = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION
    ) {
      const known = inputs.get(definition.name.value) ?? [];
      inputs.set(definition.name.value, [...known, ...(definition.fields ?? [])]);
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.set(
        definition.name.value,
        (definition.values ?? []).map((value) => value.name.value),
      );
    }
  }
  return { document, inputs, enums };
}

/** The fields of an object type, its extensions included. */
function fieldsOf(schema: Schema, typeName: string): FieldDefinitionNode[] {
  return schema.document.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === typeName
      ? [...(definition.fields ?? [])]
      : [],
  );
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function nullable(type: TypeNode): TypeNode {
  return type.kind === Kind.NON_NULL_TYPE ? type.type : type;
}

const required = (definition: InputValueDefinitionNode) =>
  definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue;

/** A value of `type` that is refused, or harmless, wherever it goes: the other arguments' share. */
function filler(schema: Schema, type: TypeNode): unknown {
  const inner = nullable(type);
  if (inner.kind === Kind.LIST_TYPE) return [filler(schema, inner.type)];
  const name = namedType(inner);
  const fields = schema.inputs.get(name);
  if (fields) {
    return Object.fromEntries(
      fields.filter(required).map((field) => [field.name.value, filler(schema, field.type)]),
    );
  }
  const values = schema.enums.get(name);
  if (values) return values[0];
  switch (name) {
    case 'ID':
      return NOBODY;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      // Every dryRun argument: nothing is written even if all else passed.
      return true;
    default:
      return '<b>refused</b>';
  }
}

/** Hostile values for a named scalar or enum type; `name` hints at periods and dates. */
function hostileScalars(schema: Schema, typeName: string, name: string): unknown[] {
  if (schema.enums.has(typeName)) return ['NOPE', 1, MEGABYTE];
  switch (typeName) {
    case 'Int':
      return ['x', 2 ** 31, -1, -(2 ** 31), 2 ** 31 - 1, 1.5, 1e300];
    case 'Float':
      return ['x', 1e308, -1e308, true];
    case 'Boolean':
      return ['x', 1];
    case 'ID':
      return ['x', 42, `${NOBODY}g`, '1980R001', MEGABYTE, 'a\u0000b'];
    default: {
      const periods = /period|from|^to$|date|start|end/i.test(name)
        ? ['0000', '0001', '9999-Q4', '2026-13', '2026-Q0', '20260', '9999-12-31']
        : [];
      return [MEGABYTE, 'a\u0000b', 42, { nested: true }, ['list'], '', ...periods];
    }
  }
}

/** Hostile values at one position: the whole argument, or one field of an input inside it. */
function hostileValues(schema: Schema, type: TypeNode, name: string): unknown[] {
  const inner = nullable(type);
  if (inner.kind === Kind.LIST_TYPE) {
    const item = filler(schema, inner.type);
    return [
      Array.from({ length: 1_000 }, () => item),
      [null],
      ...hostileValues(schema, inner.type, name).map((value) => [value]),
    ];
  }
  const typeName = namedType(inner);
  const fields = schema.inputs.get(typeName);
  if (!fields) return hostileScalars(schema, typeName, name);
  const base = filler(schema, inner) as Record<string, unknown>;
  return [
    'x',
    { ...base, unknownField: 1 },
    ...fields.flatMap((field) =>
      hostileValues(schema, field.type, field.name.value).map((value) => ({
        ...base,
        [field.name.value]: value,
      })),
    ),
  ];
}

/** String literals written into the operation's text rather than sent as variables. */
function hostileLiterals(name: string): string[] {
  const literals = ['"a\\u0000b"', `"""a${'\u0000'}b"""`, '"""line\\u0000"""', '12345678901234'];
  if (/period|from|^to$|date|start|end/i.test(name)) literals.push('"0000"', '"9999-Q4"');
  return literals;
}

/** Spreads `limit` picks evenly over the operations of one field. */
function bounded(operations: Operation[], limit: number): Operation[] {
  if (operations.length <= limit) return operations;
  const step = operations.length / limit;
  return Array.from({ length: limit }, (_, i) => operations[Math.floor(i * step)]!);
}

/** Every hostile operation on the query and mutation fields of one schema. */
function rootFieldOperations(schema: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [kind, typeName] of [
    ['query', 'Query'],
    ['mutation', 'Mutation'],
  ] as const) {
    for (const field of fieldsOf(schema, typeName)) {
      const args = field.arguments ?? [];
      if (args.length === 0) continue;
      const forField: Operation[] = [];
      for (const arg of args) {
        const others = args.filter((other) => other !== arg && required(other));
        const declarations = others.map((other) => `$${other.name.value}: ${print(other.type)}`);
        const passOthers = others.map((other) => `${other.name.value}: $${other.name.value}`);
        const fill = Object.fromEntries(
          others.map((other) => [other.name.value, filler(schema, other.type)]),
        );
        const call = (value: string) =>
          `${field.name.value}(${[`${arg.name.value}: ${value}`, ...passOthers].join(', ')}) { __typename }`;
        const header = (extra: string[]) =>
          [...extra, ...declarations].length > 0
            ? `${kind}(${[...extra, ...declarations].join(', ')})`
            : kind;
        for (const value of hostileValues(schema, arg.type, arg.name.value)) {
          forField.push({
            label: `${field.name.value}(${arg.name.value})`,
            query: `${header([`$v: ${print(arg.type)}`])} { ${call('$v')} }`,
            variables: { ...fill, v: value },
          });
        }
        const scalar = namedType(arg.type);
        if (
          (scalar === 'String' || scalar === 'ID') &&
          nullable(arg.type).kind !== Kind.LIST_TYPE
        ) {
          for (const literal of hostileLiterals(arg.name.value)) {
            forField.push({
              label: `${field.name.value}(${arg.name.value}) literal`,
              query: `${header([])} { ${call(literal)} }`,
              variables: fill,
            });
          }
        }
      }
      operations.push(...bounded(forField, PER_FIELD));
    }
  }
  return operations;
}

function directiveArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  if (value?.kind === Kind.STRING || value?.kind === Kind.BOOLEAN) return String(value.value);
  return undefined;
}

/** The entity types of a subgraph and their resolvable keys. */
function entityKeys(schema: Schema): Map<string, string[]> {
  const entities = new Map<string, string[]>();
  for (const definition of schema.document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      if (directiveArgument(directive, 'resolvable') === 'false') continue;
      const fields = directiveArgument(directive, 'fields');
      if (fields) entities.set(definition.name.value, fields.split(/\s+/));
    }
  }
  return entities;
}

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/** Crafted `_entities` representations for every entity type of a subgraph. */
function entityOperations(schema: Schema): Operation[] {
  const operations: Operation[] = [];
  const send = (label: string, representations: unknown) =>
    operations.push({
      label: `_entities ${label}`,
      query: ENTITIES,
      variables: { r: representations },
    });
  for (const [typename, key] of entityKeys(schema)) {
    const withKey = (value: unknown) =>
      Object.fromEntries([['__typename', typename], ...key.map((name) => [name, value])]);
    for (const value of ['x', 42, null, {}, [], true, MEGABYTE, `${NOBODY}g`, '']) {
      send(`${typename} key ${JSON.stringify(value).slice(0, 20)}`, [withKey(value)]);
    }
    send(`${typename} without its key`, [{ __typename: typename }]);
    send(`${typename} then an unknown type`, [withKey('x'), { __typename: 'Nope' }]);
    send(`${typename} (valid id) then an unknown type`, [withKey(NOBODY), { __typename: 'Nope' }]);
    send(`${typename} then no type`, [withKey(NOBODY), { id: NOBODY }]);
    send(
      `${typename} many`,
      Array.from({ length: 20_000 }, () => withKey('x')),
    );
  }
  for (const typename of ['Nope', 'Query', 'Mutation', '_Service', '', 42, null]) {
    send(`type ${String(typename)}`, [{ __typename: typename, id: NOBODY }]);
  }
  send('not objects', ['x', 1, null]);
  send('not a list', 'x');
  return operations;
}

interface Target {
  name: string;
  url: string;
  operations: Operation[];
}

interface Failure {
  target: string;
  user: string;
  label: string;
  status: number;
  answer: string;
}

let fixture: ProductionFixture;

beforeAll(async () => {
  fixture = await startProductionFixture({ RATE_LIMIT_PER_MINUTE: '1000000' });
});

afterAll(() => fixture?.stop());

it('answers every generated hostile operation without a failure, and writes nothing', async () => {
  const before = await fixture.tableCounts();
  const api = readSchema(API_SCHEMA_PATH);
  const targets: Target[] = [
    { name: 'gateway', url: fixture.stack.gatewayUrl, operations: rootFieldOperations(api) },
    ...SUBGRAPHS.map(({ name }) => {
      const schema = readSchema(subgraphSdlPath(name));
      return {
        name,
        url: fixture.stack.subgraphUrls[name]!,
        operations: [...rootFieldOperations(schema), ...entityOperations(schema)],
      };
    }),
  ];
  const users = await Promise.all(
    ['ks.ordforande', 'gsn.sekreterare', 'admin'].map(async (username) => ({
      username,
      token: await fixture.tokenFor(username, 3_600),
    })),
  );

  const jobs = targets.flatMap((target) =>
    users.flatMap((user) => target.operations.map((operation) => ({ target, user, operation }))),
  );
  const failures: Failure[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let sent = 0;
  const started = Date.now();
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const { target, user, operation } = job;
      const failure = { target: target.name, user: user.username, label: operation.label };
      const body = JSON.stringify({ query: operation.query, variables: operation.variables });
      // The big ones once, as leadership: they are about size, not about who sends them.
      if (body.length > 100_000 && user !== users[0]) continue;
      sent++;
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body,
      }).catch((error: unknown) => {
        // The service went away: the one failure that matters most.
        failures.push({ ...failure, status: 0, answer: String((error as Error).cause ?? error) });
        return undefined;
      });
      if (!response) continue;
      const answer = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (
        response.status >= 500 ||
        /INTERNAL_SERVER_ERROR|QueryFailedError|stacktrace/.test(answer)
      ) {
        failures.push({ ...failure, status: response.status, answer: answer.slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  console.log(
    `fuzz: ${sent} hostile operations sent (generated: ${targets
      .map((t) => `${t.name} ${t.operations.length}`)
      .join(', ')}, × ${users.length} users) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `statuses ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(', ')}`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
  for (const url of [fixture.stack.gatewayUrl, ...Object.values(fixture.stack.subgraphUrls)]) {
    expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
  }
  expect(await fixture.tableCounts()).toEqual(before);
}, 180_000);
