import { readCsv } from './csv-reader';

describe('reading observations from CSV', () => {
  it('reads the columns in any order, trimmed, with optional columns left out', () => {
    const file = readCsv(
      ' Value , district,INDICATOR,period\n12, 1980R001 ,crime_x,2026-Q1\n7.5,1980R002,share_y,2025\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.rowCount).toBe(2);
    expect(file.rows).toEqual([
      {
        row: 2,
        indicator: 'crime_x',
        district: '1980R001',
        period: '2026-Q1',
        value: 12,
        numerator: null,
        denominator: null,
        provisional: false,
      },
      expect.objectContaining({ row: 3, indicator: 'share_y', value: 7.5 }),
    ]);
  });

  it('reads semicolons with decimal commas, a byte-order mark and Windows line ends', () => {
    const file = readCsv(
      '\uFEFFindicator;district;period;value;numerator;denominator;provisional\r\n' +
        'share_y;1980R001;2025;82,5;33;40;ja\r\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({
      value: 82.5,
      numerator: 33,
      denominator: 40,
      provisional: true,
    });
  });

  it('counts physical lines: blank lines are skipped and quoted fields may span lines', () => {
    const file = readCsv(
      [
        'indicator,district,period,value',
        'crime_x,1980R001,2026-Q1,1',
        '',
        '"crime',
        'x",1980R001,2026-Q2,2',
        '   ',
        'crime_x,1980R001,2026-Q3,many',
      ].join('\n'),
    );
    expect(file.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(file.rows[1]!.indicator).toBe('crime\nx');
    expect(file.problems).toEqual([
      { row: 7, field: 'value', message: 'value "many" is not a number.' },
    ]);
    expect(file.rowCount).toBe(3);
  });

  it('names each row whose number of values differs from the header, and reads the others', () => {
    const file = readCsv(
      'indicator,district,period,value\ncrime_x,1980R001,2026-Q1\ncrime_x,1980R001,2026-Q2,2\ncrime_x,1980R001,2026-Q3,3,4\n',
    );
    expect(file.problems).toEqual([
      { row: 2, field: 'file', message: 'The row has 3 values, but the header names 4 columns.' },
      { row: 4, field: 'file', message: 'The row has 5 values, but the header names 4 columns.' },
    ]);
    expect(file.rows.map((row) => row.row)).toEqual([3]);
  });

  it('reports a broken quote with the line it starts on', () => {
    const file = readCsv(
      'indicator,district,period,value\ncrime_x,1980R001,2026-Q1,1\n"crime_x,1980R001,2026-Q2,2\n',
    );
    expect(file.problems[0]).toMatchObject({ row: 3, field: 'file' });
    expect(file.problems[0]!.message).toMatch(/^The file is not valid CSV: .*quote/i);
  });

  it('names missing and unknown columns in the header', () => {
    const file = readCsv('indicator,district,period,vaule\ncrime_x,1980R001,2026-Q3,4');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([expect.objectContaining({ row: 1, field: 'header' })]);
    expect(file.problems[0]!.message).toMatch(/missing column "value"; unknown column "vaule"/);
  });

  it('refuses a provisional flag that is neither true nor false', () => {
    const file = readCsv(
      'indicator,district,period,value,provisional\ncrime_x,1980R001,2026-Q1,1,maybe',
    );
    expect(file.problems).toEqual([
      { row: 2, field: 'provisional', message: 'provisional "maybe" must be true or false.' },
    ]);
  });
});
