import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toggle: { alignSelf: 'flex-start' },
});

export interface DisclosureProps {
  /** The button's text while closed and while open. */
  showLabel: string;
  hideLabel: string;
  children: ReactNode;
}

/** A button that shows or hides content below it; closed, the content is not rendered at all. */
export function Disclosure({ showLabel, hideLabel, children }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const contentId = useId();
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? hideLabel : showLabel}
      </Button>
      <div id={contentId}>{open && children}</div>
    </div>
  );
}
