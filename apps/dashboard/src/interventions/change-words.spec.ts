import { createFormat } from '../format';
import { en } from '../i18n/messages-en';
import { sv } from '../i18n/messages-sv';
import { ChangeWords, type ChangeNames } from './change-words';

const names: ChangeNames = {
  organisations: new Map([
    ['GSN', 'Grundskolenämnden'],
    ['LPO', 'Lokalpolisområde Västerås'],
  ]),
  districts: new Map([
    ['1980R001', 'Råby'],
    ['1980R002', 'Bäckby'],
  ]),
  focusAreas: new Map([['f-1', 'Trygga skolvägar']]),
  indicators: new Map([['crime_vandalism', 'Skadegörelse']]),
};

const swedish = new ChangeWords(sv, createFormat('sv'), names);
const english = new ChangeWords(en, createFormat('en'), names);

// 13:05 UTC is 14:05 in Stockholm in winter.
const at = '2026-12-03T13:05:00.000Z';

describe('ChangeWords', () => {
  it('says a status change as a sentence with who and when, in Stockholm time', () => {
    const entry = {
      action: 'STATUS_CHANGED',
      at,
      actorName: 'Anna Berg',
      before: '{"status":"DELAYED"}',
      after: '{"status":"ONGOING"}',
    };
    expect(swedish.sentence(entry)).toBe(
      'Status ändrad från Försenad till Pågår av Anna Berg, 3 dec. 2026 14:05.',
    );
    expect(english.sentence(entry)).toBe(
      'Status changed from Delayed to Ongoing by Anna Berg, 3 Dec 2026, 14:05.',
    );
  });

  it('names organisations, districts, focus areas and indicators instead of their codes', () => {
    const sentence = swedish.sentence({
      action: 'UPDATED',
      at,
      actorName: 'Anna Berg',
      before: JSON.stringify({
        districts: ['1980R001'],
        focusAreaId: null,
        followUps: [],
        citizenPromise: null,
      }),
      after: JSON.stringify({
        districts: ['1980R001', '1980R002'],
        focusAreaId: 'f-1',
        followUps: [{ indicator: 'crime_vandalism', baseline: 12, target: 9.5 }],
        citizenPromise: '2026-H2',
      }),
    });
    expect(sentence).toBe(
      'Prioriterat område ändrat från inget till Trygga skolvägar; Områden ändrade från Råby till Råby, Bäckby; ' +
        'Medborgarlöfte ändrat från inget till andra halvåret 2026; ' +
        'Uppföljningsindikatorer ändrade från inget till Skadegörelse (utgångsvärde 12, mål 9,5) av Anna Berg, 3 dec. 2026 14:05.',
    );
    expect(sentence).not.toMatch(/1980R|f-1|crime_/);
    expect(
      english.sentence({
        action: 'REASSIGNED',
        at,
        actorName: 'Anna Berg',
        before: '{"owner":"GSN","coOwners":[]}',
        after: '{"owner":"LPO","coOwners":["GSN"]}',
      }),
    ).toBe(
      'Owner changed from Grundskolenämnden to Lokalpolisområde Västerås; Co-owners changed from none to Grundskolenämnden by Anna Berg, 3 Dec 2026, 14:05.',
    );
  });

  it('tells reports and milestones apart from changes of the intervention, without ids', () => {
    const report = swedish.sentence({
      action: 'PROGRESS_REPORTED',
      at,
      actorName: 'Sara Lind',
      before: null,
      after: '{"report":"9b0c","reportStatus":"AT_RISK","text":"Bra","reportedOn":"2026-12-03"}',
    });
    expect(report).toBe(
      'Uppföljning lämnad med status I riskzonen av Sara Lind, 3 dec. 2026 14:05.',
    );
    expect(
      swedish.sentence({
        action: 'MILESTONE_COMPLETED',
        at,
        actorName: 'Sara Lind',
        before: '{"milestone":"77aa","doneDate":null}',
        after: '{"milestone":"77aa","title":"Schema klart","doneDate":"2026-12-01"}',
      }),
    ).toBe(
      'Delmålet ”Schema klart” markerat som klart 1 december 2026 av Sara Lind, 3 dec. 2026 14:05.',
    );
  });
});
