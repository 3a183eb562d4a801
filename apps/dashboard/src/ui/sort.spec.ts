import { sortRows } from './sort';

describe('sortRows', () => {
  const rows = [
    { name: 'Önsta', value: 2 },
    { name: 'Annedal', value: null },
    { name: 'Åshagen', value: 10 },
    { name: 'Barkarö', value: 1 },
  ];

  it('sorts numbers numerically with empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.value, 'ascending').map((r) => r.value)).toEqual([
      1,
      2,
      10,
      null,
    ]);
    expect(sortRows(rows, (r) => r.value, 'descending').map((r) => r.value)).toEqual([
      10,
      2,
      1,
      null,
    ]);
  });

  it('sorts names in Swedish alphabetical order (å, ä, ö last)', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.name)).toEqual([
      'Annedal',
      'Barkarö',
      'Åshagen',
      'Önsta',
    ]);
  });
});
