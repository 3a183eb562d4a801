import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { followUpGaps, type FollowUpGap } from './follow-up-gaps';
import { useFollowUpGapText } from './FollowUpGapText';

/** What a follow-up must tell to say what it lacks. */
export const FollowUpGapsFragment = graphql(`
  fragment FollowUpGaps_followUp on FollowUpIndicator {
    districtCodes
    startDate
    progress {
      effect
      movement
      baseline
      baselineWindow {
        firstPeriod
        lastPeriod
        targetAreaRate
        restRate
        targetAreaWithheld
        restWithheld
      }
      latestWindow {
        firstPeriod
        lastPeriod
        targetAreaRate
        restRate
        targetAreaWithheld
        restWithheld
      }
    }
  }
`);

/** What a follow-up lacks (see `followUpGaps`), read from its fragment. */
export function gapsOf(followUp: FragmentType<typeof FollowUpGapsFragment>): FollowUpGap[] {
  return followUpGaps(getFragmentData(FollowUpGapsFragment, followUp));
}

const useStyles = makeStyles({
  root: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** What a follow-up lacks, as sentences under a short heading; nothing when nothing is missing. */
export function FollowUpGaps({ gaps }: { gaps: ReadonlyArray<FollowUpGap> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useFollowUpGapText();
  const id = useId();
  if (gaps.length === 0) return null;
  return (
    <div className={styles.root}>
      <Body1 id={id} className={styles.label}>
        {t.followUpGaps.label}
      </Body1>
      <ul className={styles.list} aria-labelledby={id}>
        {gaps.map((gap, index) => (
          <li key={index}>
            <Body1>{text(gap)}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
