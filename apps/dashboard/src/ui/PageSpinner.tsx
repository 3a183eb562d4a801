import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'grid', placeItems: 'center', padding: tokens.spacingVerticalXXXL },
});

/** Shown while a page's code or its first data is on its way. */
export function PageSpinner({ label = 'Laddar …' }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner label={label} />
    </div>
  );
}
