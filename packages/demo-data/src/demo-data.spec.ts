import { DEMO_USERS, demoPeople, readDistricts, VASTERAS } from './index';

describe('Västerås demo data', () => {
  it('has the 50 official RegSO areas with populations summing to about 160,000', () => {
    const districts = readDistricts(VASTERAS);
    expect(districts).toHaveLength(50);
    expect(new Set(districts.map((d) => d.code)).size).toBe(50);
    expect(districts.every((d) => /^1980R\d{3}$/.test(d.code))).toBe(true);
    const latest = districts.reduce((sum, d) => sum + (d.populations.at(-1)?.population ?? 0), 0);
    expect(Math.abs(latest - 160_000)).toBeLessThan(200);
    expect(districts[0]?.populations.map((p) => p.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('is the same on every run', () => {
    expect(readDistricts(VASTERAS)).toEqual(readDistricts(VASTERAS));
    expect(demoPeople()).toEqual(demoPeople());
  });

  it('has every demo user named in the architecture', () => {
    expect(DEMO_USERS.map((u) => u.username).sort()).toEqual(
      [
        'admin',
        'analytiker',
        'gsn.sekreterare',
        'iff.sekreterare',
        'ks.ordforande',
        'lpo.chef',
        'polis.samordnare',
      ].sort(),
    );
    const chairs = demoPeople().filter((p) => p.councilRoles.includes('COUNCIL_CO_CHAIR'));
    expect(chairs.map((p) => p.organisation).sort()).toEqual(['KS', 'LPO']);
  });
});
