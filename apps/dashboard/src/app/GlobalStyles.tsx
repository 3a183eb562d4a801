import { makeStaticStyles } from '@fluentui/react-components';

/**
 * On paper (the council report above all): no navigation or buttons, A4 with margins, black on
 * white, and table rows never split across pages.
 */
const PRINT = `
@media print {
  @page { size: A4; margin: 15mm; }
  html, body, #root, main { background: #fff !important; color: #000 !important; }
  body * { color: #000 !important; box-shadow: none !important; }
  header, nav, button, a[href="#innehall"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  section { background: #fff !important; break-inside: auto; }
  [role="region"] { overflow: visible !important; }
  table { width: 100%; border-collapse: collapse; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; }
}
`;

const useStaticStyles = makeStaticStyles([{ body: { margin: 0 } }, PRINT]);

/** Page-wide rules that no component owns. */
export function GlobalStyles() {
  useStaticStyles();
  return null;
}
