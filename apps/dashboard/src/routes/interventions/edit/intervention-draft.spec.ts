import { emptyDraft, numberProblems, parseNumber, updateInput } from './intervention-draft';

describe('intervention drafts', () => {
  it('reads numbers as Swedish and English users type them', () => {
    expect(parseNumber('9,5')).toBe(9.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('tolv')).toBeNaN();
  });

  it('names the follow-up field whose number is wrong or missing', () => {
    const draft = {
      ...emptyDraft(),
      followUps: [
        { indicator: 'a', baseline: 'x', target: '3' },
        { indicator: 'b', baseline: '', target: '' },
      ],
    };
    expect(numberProblems(draft)).toEqual({
      'followUps[0].baseline': 'NOT_A_NUMBER',
      'followUps[1].target': 'REQUIRED',
    });
  });

  it('sends only the fields the user changed', () => {
    const original = { ...emptyDraft(), title: 'A', goal: 'G', citizenPromise: '2026-H1' };
    expect(updateInput({ ...original, goal: 'G2' }, original)).toEqual({ goal: 'G2' });
    expect(updateInput({ ...original, citizenPromise: ' ' }, original)).toEqual({
      citizenPromise: '',
    });
    expect(updateInput(original, original)).toEqual({});
  });
});
