import type { InterventionFilter, InterventionStatus } from '../../gql/graphql';
import { STATUSES } from '../../interventions/status';

/** The Insatser list's filter as the address holds it, so that any view can link to a filtered list. */
export interface ListFilter {
  statuses?: ReadonlyArray<InterventionStatus>;
  /** Code of the owning organisation. */
  owner?: string;
  /** District code. */
  district?: string;
  overdue?: boolean;
  late?: boolean;
  citizenPromise?: boolean;
  search?: string;
}

/** The names of the address parameters, one per criterion. */
export const LIST_PARAMS = {
  statuses: 'status',
  owner: 'owner',
  district: 'district',
  overdue: 'overdue',
  late: 'late',
  citizenPromise: 'promise',
  search: 'q',
} as const satisfies Record<keyof ListFilter, string>;

const yesNo = (value: string | null): boolean | undefined =>
  value === 'yes' ? true : value === 'no' ? false : undefined;

/** Reads the filter from the address; unknown values are left out rather than guessed. */
export function listFilterFrom(params: URLSearchParams): ListFilter {
  const statuses = (params.get(LIST_PARAMS.statuses) ?? '')
    .split(',')
    .filter((s): s is InterventionStatus => STATUSES.includes(s as InterventionStatus));
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const filter: ListFilter = {
    statuses: statuses.length > 0 ? STATUSES.filter((s) => statuses.includes(s)) : undefined,
    owner: text(LIST_PARAMS.owner),
    district: text(LIST_PARAMS.district),
    overdue: yesNo(params.get(LIST_PARAMS.overdue)),
    late: yesNo(params.get(LIST_PARAMS.late)),
    citizenPromise: yesNo(params.get(LIST_PARAMS.citizenPromise)),
    search: text(LIST_PARAMS.search),
  };
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined),
  ) as ListFilter;
}

/** The address parameters of a filter (absent criteria are left out). */
export function listParams(filter: ListFilter): Record<string, string | null> {
  const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 'yes' : 'no');
  return {
    [LIST_PARAMS.statuses]: filter.statuses?.length ? filter.statuses.join(',') : null,
    [LIST_PARAMS.owner]: filter.owner ?? null,
    [LIST_PARAMS.district]: filter.district ?? null,
    [LIST_PARAMS.overdue]: flag(filter.overdue),
    [LIST_PARAMS.late]: flag(filter.late),
    [LIST_PARAMS.citizenPromise]: flag(filter.citizenPromise),
    [LIST_PARAMS.search]: filter.search ?? null,
  };
}

/** A link to the Insatser list showing exactly the interventions the filter matches. */
export function listHref(filter: ListFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(listParams(filter))) {
    if (value !== null) params.set(name, value);
  }
  const search = params.toString();
  return search ? `/insatser?${search}` : '/insatser';
}

/** The API's filter for the list. */
export function apiFilter(filter: ListFilter): InterventionFilter {
  return {
    status: filter.statuses ? [...filter.statuses] : undefined,
    owner: filter.owner,
    district: filter.district,
    overdue: filter.overdue,
    late: filter.late,
    citizenPromise: filter.citizenPromise,
    search: filter.search,
  };
}

/** True when no criterion is set. */
export function isEmptyFilter(filter: ListFilter): boolean {
  return Object.keys(filter).length === 0;
}
