import { en } from '../../i18n/messages-en';
import { sv } from '../../i18n/messages-sv';
import { changedValues, focusAreaProblems, type FocusAreaValues } from './focus-area-form';

const valid: FocusAreaValues = {
  title: 'Otrygghet kring torget',
  problem: 'Fler anmälningar om ordningsstörning.',
  causeAnalysis: '',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  districts: ['1980R027'],
  indicators: [],
};

describe('focusAreaProblems', () => {
  it('finds nothing wrong with a complete focus area', () => {
    expect(focusAreaProblems(valid, sv.focusAreas)).toEqual({});
  });

  it('names each missing field in the user’s language', () => {
    const empty = { ...valid, title: '  ', problem: '', periodStart: '', periodEnd: '' };
    expect(focusAreaProblems(empty, sv.focusAreas)).toEqual({
      title: 'Fyll i fältet.',
      problem: 'Fyll i fältet.',
      periodStart: 'Fyll i fältet.',
      periodEnd: 'Fyll i fältet.',
    });
    expect(focusAreaProblems(empty, en.focusAreas).title).toBe('Fill in this field.');
  });

  it('refuses dates that do not exist, an end before the start and texts too long', () => {
    expect(
      focusAreaProblems(
        { ...valid, periodStart: '2026-02-30', title: 'x'.repeat(201) },
        sv.focusAreas,
      ),
    ).toEqual({ periodStart: 'Skriv ett datum, t.ex. 2026-03-31.', title: 'Högst 200 tecken.' });
    expect(focusAreaProblems({ ...valid, periodEnd: '2025-12-31' }, sv.focusAreas)).toEqual({
      periodEnd: 'Den sista dagen kommer före den första.',
    });
  });
});

describe('changedValues', () => {
  it('gives only the fields that differ, lists compared as a whole', () => {
    expect(changedValues(valid, { ...valid })).toEqual({});
    expect(
      changedValues(valid, { ...valid, problem: 'Nytt', districts: ['1980R027', '1980R001'] }),
    ).toEqual({ problem: 'Nytt', districts: ['1980R027', '1980R001'] });
  });
});
