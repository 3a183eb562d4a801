import type { Locale } from '../format';
import vasteras from './parts-of-town.json';

/**
 * The parts of town the schematic map groups districts by. The API has no such field, so the
 * grouping is data kept here: Västerås's 50 RegSO districts by rough compass direction from the
 * centre (approximate; correct it in parts-of-town.json). Districts of any other municipality, or
 * codes not listed, fall into one catch-all group, so the map still works without this file.
 */
export interface PartOfTownData {
  parts: ReadonlyArray<{ id: string; sv: string; en: string }>;
  /** CSS grid-template-areas rows naming the parts' places on the map. */
  layout: ReadonlyArray<string>;
  /** District code → part id. */
  districts: Readonly<Record<string, string>>;
}

export const OTHER_PART = 'other';

export interface DistrictGroup<D> {
  id: string;
  name: string;
  /** The grid area on the map, or null for the catch-all group below the others. */
  area: string | null;
  districts: D[];
}

export interface Grouping<D> {
  groups: DistrictGroup<D>[];
  /** Grid template areas when any district belongs to a known part; otherwise null. */
  layout: string | null;
}

/** Groups districts by part of town, in the data's order, each group sorted by name. */
export function groupByPartOfTown<D extends { code: string; name: string }>(
  districts: ReadonlyArray<D>,
  locale: Locale,
  otherName: string,
  data: PartOfTownData = vasteras,
): Grouping<D> {
  const byPart = new Map<string, D[]>();
  for (const district of districts) {
    const part = data.districts[district.code] ?? OTHER_PART;
    const list = byPart.get(part) ?? [];
    list.push(district);
    byPart.set(part, list);
  }
  const byName = (a: D, b: D) => a.name.localeCompare(b.name, 'sv');
  const groups: DistrictGroup<D>[] = data.parts
    .filter((part) => byPart.has(part.id))
    .map((part) => ({
      id: part.id,
      name: part[locale],
      area: part.id,
      districts: (byPart.get(part.id) ?? []).sort(byName),
    }));
  const others = byPart.get(OTHER_PART);
  if (others) {
    groups.push({ id: OTHER_PART, name: otherName, area: null, districts: others.sort(byName) });
  }
  const known = groups.some((group) => group.area !== null);
  return {
    groups,
    layout: known ? data.layout.map((row) => `"${row}"`).join(' ') : null,
  };
}

/** The name of a district's part of town, or the catch-all name. */
export function partOfTownName(
  code: string,
  locale: Locale,
  otherName: string,
  data: PartOfTownData = vasteras,
): string {
  const id = data.districts[code];
  return data.parts.find((part) => part.id === id)?.[locale] ?? otherName;
}
