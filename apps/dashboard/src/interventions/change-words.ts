import type { Format } from '../format';
import type { Messages } from '../i18n/messages-sv';

/** Names for the codes and ids a change names: organisations, districts, focus areas, indicators. */
export interface ChangeNames {
  organisations: ReadonlyMap<string, string>;
  districts: ReadonlyMap<string, string>;
  focusAreas: ReadonlyMap<string, string>;
  indicators: ReadonlyMap<string, string>;
}

/** A change as the API's `history` gives it: before and after as JSON. */
export interface ChangeEntry {
  action: string;
  at: string;
  actorName: string;
  before: string | null;
  after: string | null;
}

type Words = Messages['interventionWork'];
type FieldName = keyof Words['fields'];

/** The intervention's fields in the order a sentence names them. */
const FIELD_ORDER = Object.keys({
  status: 0,
  title: 0,
  description: 0,
  problem: 0,
  cause: 0,
  goal: 0,
  focusAreaId: 0,
  owner: 0,
  coOwners: 0,
  districts: 0,
  startDate: 0,
  endDate: 0,
  citizenPromise: 0,
  followUps: 0,
} satisfies Record<Exclude<FieldName, 'milestones'>, 0>) as FieldName[];

const TEXT_LIMIT = 120;

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Reads the change log's values and codes as words: names for codes, dates, statuses. */
export class ChangeWords {
  constructor(
    private readonly t: Messages,
    private readonly format: Format,
    private readonly names: ChangeNames,
  ) {}

  private get words(): Words {
    return this.t.interventionWork;
  }

  isField(field: string): field is FieldName {
    return field in this.words.fields;
  }

  fieldName(field: string): string {
    return this.isField(field) ? this.words.fields[field] : field;
  }

  private name(map: ReadonlyMap<string, string>, code: unknown): string {
    return typeof code === 'string' ? (map.get(code) ?? this.words.unknownName) : this.words.none;
  }

  private list(map: ReadonlyMap<string, string>, codes: unknown, empty: string): string {
    if (!Array.isArray(codes) || codes.length === 0) return empty;
    return codes.map((code) => this.name(map, code)).join(', ');
  }

  private quoted(value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') return this.words.none;
    const text = value.length > TEXT_LIMIT ? `${value.slice(0, TEXT_LIMIT - 1)}…` : value;
    return this.format.locale === 'sv' ? `”${text}”` : `“${text}”`;
  }

  private number(value: unknown): string | null {
    return typeof value === 'number' ? this.format.decimal(value, value % 1 === 0 ? 0 : 1) : null;
  }

  /** One field's value in words. */
  value(field: string, value: unknown): string {
    if (value === null || value === undefined) return this.words.none;
    switch (field) {
      case 'status':
        return typeof value === 'string' && value in this.t.interventionStatus
          ? this.t.interventionStatus[value as keyof Messages['interventionStatus']]
          : this.words.unknownName;
      case 'owner':
        return this.name(this.names.organisations, value);
      case 'coOwners':
        return this.list(this.names.organisations, value, this.words.none);
      case 'districts':
        return this.list(this.names.districts, value, this.words.wholeMunicipality);
      case 'focusAreaId':
        return this.name(this.names.focusAreas, value);
      case 'startDate':
      case 'endDate':
      case 'doneDate':
      case 'dueDate':
        return typeof value === 'string' ? this.format.date(value) : this.words.none;
      case 'citizenPromise': {
        const [, year, half] =
          (typeof value === 'string' ? /^(\d{4})-H([12])$/.exec(value) : null) ?? [];
        return year && half ? this.words.halfYear(year, half as '1' | '2') : this.words.none;
      }
      case 'followUps':
        return Array.isArray(value) && value.length > 0
          ? value
              .map((f: unknown) => {
                const item = (f ?? {}) as Record<string, unknown>;
                return this.words.followUp(
                  this.name(this.names.indicators, item.indicator),
                  this.number(item.baseline),
                  this.number(item.target) ?? this.words.none,
                );
              })
              .join('; ')
          : this.words.none;
      default:
        return this.quoted(value);
    }
  }

  /** "Status changed from Delayed to Ongoing". */
  fieldChange(field: string, before: unknown, after: unknown): string {
    const what = this.isField(field) ? this.words.changed[field] : field;
    return this.words.fromTo(what, this.value(field, before), this.value(field, after));
  }

  /** What one change did, without who and when. */
  private what(entry: ChangeEntry): string {
    const before = parse(entry.before);
    const after = parse(entry.after);
    switch (entry.action) {
      case 'CREATED':
        return this.words.created;
      case 'PROGRESS_REPORTED':
        if (typeof before.status === 'string' && typeof after.status === 'string') {
          return this.words.reportedAndChanged(
            this.value('status', before.status),
            this.value('status', after.status),
          );
        }
        if (typeof (after.reportStatus ?? after.status) === 'string') {
          return this.words.reportedStatus(
            this.value('status', after.reportStatus ?? after.status),
          );
        }
        return this.words.reported;
      case 'MILESTONE_ADDED':
        return this.words.milestoneAdded(
          String(after.title ?? ''),
          this.value('dueDate', after.dueDate),
        );
      case 'MILESTONE_COMPLETED':
        return this.words.milestoneCompleted(
          String(after.title ?? ''),
          this.value('doneDate', after.doneDate),
        );
      default: {
        const changes = FIELD_ORDER.filter(
          (field) => field in after && !same(before[field], after[field]),
        ).map((field) => this.fieldChange(field, before[field], after[field]));
        return changes.length > 0 ? changes.join('; ') : this.words.otherChange;
      }
    }
  }

  /** "Status ändrad från Försenad till Pågår av Anna Berg, 3 dec. 2026 14:05." */
  sentence(entry: ChangeEntry): string {
    return this.words.sentence(this.what(entry), entry.actorName, this.format.dateTime(entry.at));
  }
}

/** Names by code from lists of named things. */
export function namesBy<T>(
  items: ReadonlyArray<T> | null | undefined,
  key: (item: T) => string,
  name: (item: T) => string,
) {
  return new Map((items ?? []).map((item) => [key(item), name(item)]));
}
