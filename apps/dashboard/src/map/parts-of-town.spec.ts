import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groupByPartOfTown, partOfTownName } from './parts-of-town';
import vasteras from './parts-of-town.json';

/** The official list of Västerås's districts, as the demo data seeds them. */
function vasterasDistricts(): { code: string; name: string }[] {
  const csv = readFileSync(
    path.join(__dirname, '../../../../packages/demo-data/data/vasteras-regso-2025.csv'),
    'utf8',
  );
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code = '', name = ''] = line.split(',');
      return { code, name };
    });
}

describe('parts of town', () => {
  it('places every Västerås district in exactly one known part', () => {
    const districts = vasterasDistricts();
    expect(districts).toHaveLength(50);
    const { groups, layout } = groupByPartOfTown(districts, 'sv', 'Områden');
    expect(groups.map((g) => g.id)).not.toContain('other');
    expect(groups.reduce((n, g) => n + g.districts.length, 0)).toBe(50);
    expect(layout).toContain('"vaster centrum oster"');
    // Every part the data names has a place in the layout.
    for (const part of vasteras.parts) expect(vasteras.layout.join(' ')).toContain(part.id);
  });

  it('sorts each group by name and names parts in the chosen language', () => {
    const { groups } = groupByPartOfTown(
      [
        { code: '1980R039', name: 'Västra centrum-Västermalm-Almelund' },
        { code: '1980R001', name: 'Annedal-Sydvästra centrum' },
      ],
      'en',
      'Districts',
    );
    expect(groups).toEqual([
      {
        id: 'centrum',
        name: 'Centre',
        area: 'centrum',
        districts: [
          { code: '1980R001', name: 'Annedal-Sydvästra centrum' },
          { code: '1980R039', name: 'Västra centrum-Västermalm-Almelund' },
        ],
      },
    ]);
    expect(partOfTownName('1980R047', 'sv', 'Områden')).toBe('Söder och hamnen');
  });

  it('puts districts of another municipality in one catch-all group without a layout', () => {
    const { groups, layout } = groupByPartOfTown(
      [
        { code: '0180R002', name: 'Bromma' },
        { code: '0180R001', name: 'Akalla' },
      ],
      'sv',
      'Områden',
    );
    expect(layout).toBeNull();
    expect(groups).toEqual([
      {
        id: 'other',
        name: 'Områden',
        area: null,
        districts: [
          { code: '0180R001', name: 'Akalla' },
          { code: '0180R002', name: 'Bromma' },
        ],
      },
    ]);
    expect(partOfTownName('0180R001', 'sv', 'Övrigt')).toBe('Övrigt');
  });
});
