import { Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ChangeEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';

const useStyles = makeStyles({
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  input: {
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The file input, labelled, with what a file may hold. */
export function FileField({
  onChange,
}: {
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className={styles.file}>
      <Label htmlFor={inputId} weight="semibold">
        {t.importPage.file}
      </Label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.txt,.json,text/csv,application/json"
        aria-describedby={hintId}
        className={styles.input}
        onChange={onChange}
      />
      <Caption1 id={hintId} className={styles.hint}>
        {t.importPage.fileHint}
      </Caption1>
    </div>
  );
}
