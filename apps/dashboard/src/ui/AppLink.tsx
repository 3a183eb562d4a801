import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Link, type LinkProps } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline',
    textDecorationColor: 'transparent',
    ':hover': {
      color: tokens.colorBrandForegroundLinkHover,
      textDecorationColor: 'currentColor',
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

/** A link within the dashboard, styled like Fluent's links, navigating without a page load. */
export function AppLink({ className, ...props }: LinkProps) {
  const styles = useStyles();
  return <Link {...props} className={mergeClasses(styles.link, className as string | undefined)} />;
}
