import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  options: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
  },
  scroll: {
    maxHeight: '14rem',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground2 },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1 },
});

/** A labelled group of checkboxes for choosing several of a list, with a hint and an error. */
export function CheckboxGroup(props: {
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; disabled?: boolean }>;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: string;
  /** Long lists scroll within a box. */
  scroll?: boolean;
}) {
  const styles = useStyles();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const toggle = (value: string, checked: boolean) =>
    props.onChange(
      checked
        ? props.options.map((o) => o.value).filter((v) => v === value || props.selected.includes(v))
        : props.selected.filter((v) => v !== value),
    );
  return (
    <fieldset className={styles.group} aria-describedby={describedBy || undefined}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.hint && (
        <Caption1 id={hintId} className={styles.hint}>
          {props.hint}
        </Caption1>
      )}
      <div className={props.scroll ? `${styles.options} ${styles.scroll}` : styles.options}>
        {props.options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={props.selected.includes(option.value)}
            disabled={option.disabled}
            onChange={(_, data) => toggle(option.value, data.checked === true)}
          />
        ))}
      </div>
      {props.error && (
        <Caption1 id={errorId} role="alert" className={styles.error}>
          {props.error}
        </Caption1>
      )}
    </fieldset>
  );
}
