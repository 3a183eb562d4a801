import type { ActionPlanSnapshot } from './action-plan-snapshot';
import type { PlanFieldChange, PlanItemChange } from './action-plan.types';

/** Names for the codes a plan holds; a code with no name is shown as it is. */
export interface PlanNames {
  district(code: string): string;
  organisation(code: string): string;
  indicator(key: string): string;
}

type PlannedFocusArea = ActionPlanSnapshot['focusAreas'][number];
type PlannedIntervention = ActionPlanSnapshot['interventions'][number];

/** One item of a plan, its fields written for reading (null: none). */
interface ReadableItem {
  kind: 'FocusArea' | 'Intervention';
  id: string;
  title: string;
  fields: [field: string, value: string | null][];
}

const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : value;

const list = (values: string[]): string | null => text(values.join(', '));

function focusAreaItem(f: PlannedFocusArea, names: PlanNames): ReadableItem {
  return {
    kind: 'FocusArea',
    id: f.id,
    title: f.title,
    fields: [
      ['title', text(f.title)],
      ['problem', text(f.problem)],
      ['causeAnalysis', text(f.causeAnalysis)],
      ['priorityRank', String(f.priorityRank)],
      ['districts', list(f.districtCodes.map(names.district))],
      ['indicators', list(f.indicatorKeys.map(names.indicator))],
    ],
  };
}

function interventionItem(
  i: PlannedIntervention,
  names: PlanNames,
  focusAreaTitle: (id: string) => string,
): ReadableItem {
  const followUp = (f: PlannedIntervention['followUps'][number]) =>
    `${names.indicator(f.indicatorKey)}: ${f.baseline ?? '–'} → ${f.target}`;
  return {
    kind: 'Intervention',
    id: i.id,
    title: i.title,
    fields: [
      ['title', text(i.title)],
      ['description', text(i.description)],
      ['goal', text(i.goal)],
      ['focusArea', i.focusAreaId ? focusAreaTitle(i.focusAreaId) : null],
      ['owner', names.organisation(i.ownerCode)],
      ['coOwners', list(i.coOwnerCodes.map(names.organisation))],
      ['districts', list(i.districtCodes.map(names.district))],
      ['startDate', text(i.startDate)],
      ['endDate', text(i.endDate)],
      ['status', text(i.status)],
      ['citizenPromise', text(i.citizenPromise)],
      ['followUps', text(i.followUps.map(followUp).join('; '))],
    ],
  };
}

function readableItems(plan: ActionPlanSnapshot, names: PlanNames): Map<string, ReadableItem> {
  const titles = new Map(plan.focusAreas.map((f) => [f.id, f.title]));
  const items = [
    ...plan.focusAreas.map((f) => focusAreaItem(f, names)),
    ...plan.interventions.map((i) => interventionItem(i, names, (id) => titles.get(id) ?? id)),
  ];
  return new Map(items.map((item) => [`${item.kind}:${item.id}`, item]));
}

const itemChange = (item: ReadableItem, fields: PlanFieldChange[] = []): PlanItemChange => ({
  kind: item.kind,
  id: item.id,
  title: item.title,
  fields,
});

/**
 * What was added, removed and changed from one plan to another; each changed field with its
 * value in both, as a reader would write it. A focus area renamed in between is compared by its
 * title in each plan, so an intervention under it shows no change of focus area.
 */
export function comparePlans(
  older: ActionPlanSnapshot,
  newer: ActionPlanSnapshot,
  names: PlanNames,
): { added: PlanItemChange[]; removed: PlanItemChange[]; changed: PlanItemChange[] } {
  const before = readableItems(older, names);
  const after = readableItems(newer, names);
  const changed: PlanItemChange[] = [];
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) continue;
    const oldValues = new Map(old.fields);
    const fields = item.fields
      .filter(([field, value]) => (oldValues.get(field) ?? null) !== value)
      .map(([field, value]) => ({ field, before: oldValues.get(field) ?? null, after: value }));
    if (fields.length > 0) changed.push(itemChange(item, fields));
  }
  return {
    added: [...after].filter(([key]) => !before.has(key)).map(([, item]) => itemChange(item)),
    removed: [...before].filter(([key]) => !after.has(key)).map(([, item]) => itemChange(item)),
    changed,
  };
}
