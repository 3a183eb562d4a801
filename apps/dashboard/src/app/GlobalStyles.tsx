import { makeStaticStyles } from '@fluentui/react-components';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

/** Page-wide rules that no component owns. */
export function GlobalStyles() {
  useStaticStyles();
  return null;
}
