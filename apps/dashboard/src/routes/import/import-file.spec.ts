import { formatOf } from './import-file';

describe('import file format', () => {
  it('reads .json files as Kolada JSON and everything else as CSV', () => {
    expect(formatOf({ name: 'kolada-N07403.JSON', type: '' })).toBe('KOLADA_JSON');
    expect(formatOf({ name: 'svar', type: 'application/json' })).toBe('KOLADA_JSON');
    expect(formatOf({ name: 'brott-2026.csv', type: 'text/csv' })).toBe('CSV');
    expect(formatOf({ name: 'export.txt', type: 'text/plain' })).toBe('CSV');
  });
});
