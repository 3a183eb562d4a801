import { useI18n } from '../i18n/use-i18n';
import type { FollowUpGap } from './follow-up-gaps';

/** Each thing a follow-up lacks as a sentence saying what is missing and why. */
export function useFollowUpGapText(): (gap: FollowUpGap) => string {
  const { t, format } = useI18n();
  const g = t.followUpGaps;
  return (gap) => {
    switch (gap.kind) {
      case 'NO_LATEST':
        return g.noLatest;
      case 'TOO_EARLY':
        return g.tooEarly(
          format.periodShort(gap.firstPeriod),
          format.periodShort(gap.lastPeriod),
          format.date(gap.startDate),
        );
      case 'WHOLE_MUNICIPALITY':
        return g.wholeMunicipality;
      case 'NO_BASELINE':
        return g.noBaseline;
      case 'WITHHELD':
      case 'MISSING': {
        const range = `${format.periodShort(gap.firstPeriod)} – ${format.periodShort(gap.lastPeriod)}`;
        const say = gap.kind === 'WITHHELD' ? g.withheld : g.missing;
        return say(g.area[gap.area], g.window[gap.window], range);
      }
    }
  };
}
