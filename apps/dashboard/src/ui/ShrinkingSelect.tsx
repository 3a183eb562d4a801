import { Select, makeStyles, mergeClasses, type SelectProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  // A <select> is as wide as its longest option unless allowed to shrink; on a phone a long
  // milestone or indicator name would otherwise push the page sideways.
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, textOverflow: 'ellipsis' },
});

/** Fluent's Select, narrowing to its container however long its options are. */
export function ShrinkingSelect({ className, ...props }: SelectProps) {
  const styles = useStyles();
  return (
    <Select
      {...props}
      className={mergeClasses(styles.root, className)}
      select={{ className: styles.select }}
    />
  );
}
