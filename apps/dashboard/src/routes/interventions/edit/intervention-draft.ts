import type { CreateInterventionInput, UpdateInterventionInput } from '../../../gql/graphql';

/** A follow-up indicator as the form holds it: numbers as typed. */
export interface FollowUpDraft {
  indicator: string;
  baseline: string;
  target: string;
}

export interface MilestoneDraft {
  title: string;
  dueDate: string;
}

/** An intervention as the create and edit forms hold it. */
export interface InterventionDraft {
  title: string;
  description: string;
  problem: string;
  cause: string;
  goal: string;
  startDate: string;
  endDate: string;
  owner: string;
  coOwners: string[];
  districts: string[];
  focusAreaId: string;
  citizenPromise: string;
  followUps: FollowUpDraft[];
  milestones: MilestoneDraft[];
}

export function emptyDraft(): InterventionDraft {
  return {
    title: '',
    description: '',
    problem: '',
    cause: '',
    goal: '',
    startDate: '',
    endDate: '',
    owner: '',
    coOwners: [],
    districts: [],
    focusAreaId: '',
    citizenPromise: '',
    followUps: [],
    milestones: [],
  };
}

/** The fields of an intervention the API gives, as a draft to edit. */
export interface InterventionValues {
  title: string;
  description: string;
  problem: string;
  cause: string;
  goal: string;
  startDate: string;
  endDate: string;
  citizenPromise?: string | null;
  owner: { code: string };
  coOwners: ReadonlyArray<{ code: string }>;
  districts: ReadonlyArray<{ code: string }>;
  focusArea?: { id: string } | null;
  followUps: ReadonlyArray<{
    indicatorKey: string;
    baseline?: number | null;
    target: number;
  }>;
}

export function draftFrom(i: InterventionValues): InterventionDraft {
  return {
    title: i.title,
    description: i.description,
    problem: i.problem,
    cause: i.cause,
    goal: i.goal,
    startDate: i.startDate,
    endDate: i.endDate,
    owner: i.owner.code,
    coOwners: i.coOwners.map((o) => o.code),
    districts: i.districts.map((d) => d.code),
    focusAreaId: i.focusArea?.id ?? '',
    citizenPromise: i.citizenPromise ?? '',
    followUps: i.followUps.map((f) => ({
      indicator: f.indicatorKey,
      baseline: f.baseline == null ? '' : String(f.baseline),
      target: String(f.target),
    })),
    milestones: [],
  };
}

/** A number as typed, with a decimal point or comma; null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The numbers the form checks itself (a GraphQL Float cannot carry a wrong one): the field path
 * the API would name for each, with NOT_A_NUMBER, or REQUIRED for a missing target.
 */
export function numberProblems(
  draft: InterventionDraft,
): Record<string, 'NOT_A_NUMBER' | 'REQUIRED'> {
  const problems: Record<string, 'NOT_A_NUMBER' | 'REQUIRED'> = {};
  draft.followUps.forEach((f, index) => {
    const baseline = parseNumber(f.baseline);
    const target = parseNumber(f.target);
    if (baseline !== null && Number.isNaN(baseline)) {
      problems[`followUps[${index}].baseline`] = 'NOT_A_NUMBER';
    }
    if (target === null) problems[`followUps[${index}].target`] = 'REQUIRED';
    else if (Number.isNaN(target)) problems[`followUps[${index}].target`] = 'NOT_A_NUMBER';
  });
  return problems;
}

function followUpInput(followUps: FollowUpDraft[]) {
  return followUps.map((f) => ({
    indicator: f.indicator,
    baseline: parseNumber(f.baseline),
    target: parseNumber(f.target) ?? Number.NaN,
  }));
}

export function createInput(draft: InterventionDraft): CreateInterventionInput {
  return {
    title: draft.title,
    description: draft.description,
    problem: draft.problem,
    cause: draft.cause,
    goal: draft.goal,
    startDate: draft.startDate,
    endDate: draft.endDate,
    owner: draft.owner,
    coOwners: draft.coOwners,
    districts: draft.districts,
    focusAreaId: draft.focusAreaId || null,
    citizenPromise: draft.citizenPromise.trim() || null,
    followUps: followUpInput(draft.followUps),
    milestones: draft.milestones,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what the user changed, so that what others changed meanwhile in other fields stays:
 * the API merges changes to different fields and refuses only two changes to the same one.
 */
export function updateInput(
  draft: InterventionDraft,
  original: InterventionDraft,
): UpdateInterventionInput {
  const input: UpdateInterventionInput = {};
  const texts = [
    'title',
    'description',
    'problem',
    'cause',
    'goal',
    'startDate',
    'endDate',
  ] as const;
  for (const key of texts) if (draft[key] !== original[key]) input[key] = draft[key];
  if (!same(draft.districts, original.districts)) input.districts = draft.districts;
  if (draft.focusAreaId !== original.focusAreaId) input.focusAreaId = draft.focusAreaId || null;
  // "" leaves the citizen promise (null would mean "unchanged").
  if (draft.citizenPromise.trim() !== original.citizenPromise) {
    input.citizenPromise = draft.citizenPromise.trim();
  }
  if (!same(draft.followUps, original.followUps)) input.followUps = followUpInput(draft.followUps);
  return input;
}
