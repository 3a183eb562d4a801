import { csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('writes numbers with a decimal comma and no grouping or exponent', () => {
    expect(csvField(1234.5)).toBe('1234,5');
    expect(csvField(-0.25)).toBe('-0,25');
    expect(csvField(10.356250000001)).toBe('10,35625');
    expect(csvField(0.0000001)).toBe('0');
    expect(csvField(-0.0000001)).toBe('0');
    expect(csvField(160123)).toBe('160123');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('leaves empty values empty and writes booleans as words', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('quotes text holding a separator, a quote, a line break or edge spaces', () => {
    expect(csvField('Västra Råby')).toBe('Västra Råby');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hej"')).toBe('"say ""hej"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    // A comma needs no quotes: the separator is the semicolon.
    expect(csvField('1,5')).toBe('1,5');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(
      ['Område', 'Värde'],
      [
        ['Annedal', 1.5],
        ['Råby', null],
      ],
    );
    expect(csv).toBe('\uFEFFOmråde;Värde\r\nAnnedal;1,5\r\nRåby;\r\n');
  });
});
