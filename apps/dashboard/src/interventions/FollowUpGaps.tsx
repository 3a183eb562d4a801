import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { FollowUpGap } from './follow-up-gaps';
import { useFollowUpGapText } from './FollowUpGapText';

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
