import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/use-i18n';
import { useVisuallyHiddenClass } from '../ui/visually-hidden';

const useStyles = makeStyles({
  suppressed: {
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    cursor: 'help',
  },
  provisional: { fontSize: tokens.fontSizeBase100, verticalAlign: 'super' },
});

export interface CellValueProps {
  value: number | null;
  suppressed: boolean;
  provisional?: boolean;
  format: (value: number) => string;
  /** Counts below this are suppressed; said in the explanation. */
  threshold?: number;
}

/**
 * A figure as a table shows it: suppressed as ".." with an explanation (never as zero), missing as
 * a dash, provisional with a "p".
 */
export function CellValue({
  value,
  suppressed,
  provisional,
  format,
  threshold = 5,
}: CellValueProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const hidden = useVisuallyHiddenClass();
  if (suppressed) {
    return (
      <span className={styles.suppressed} title={t.indicator.suppressedExplanation(threshold)}>
        <span aria-hidden="true">{t.indicator.suppressedShort}</span>
        <span className={hidden}>{t.indicator.suppressed}</span>
      </span>
    );
  }
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className={hidden}>{t.indicator.missing}</span>
      </>
    );
  }
  return (
    <>
      {format(value)}
      {provisional && (
        <span className={styles.provisional} title={t.indicator.provisional}>
          {' '}
          p<span className={hidden}> ({t.indicator.provisional})</span>
        </span>
      )}
    </>
  );
}
