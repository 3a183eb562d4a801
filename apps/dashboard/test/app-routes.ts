import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The paths the dashboard's router serves, read from its own route table
 * (`src/app/AppRoutes.tsx`): every `<Route path="…">`, nested paths joined, the index route as
 * its parent's path, the catch-all left out. A view added there is tested without naming it here.
 */
export function appRoutePaths(): string[] {
  const file = path.join(__dirname, '..', 'src', 'app', 'AppRoutes.tsx');
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const paths: string[] = [];

  const attribute = (element: ts.JsxOpeningLikeElement, name: string) =>
    element.attributes.properties.find(
      (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(source) === name,
    );
  const join = (parent: string, child: string) =>
    child.startsWith('/') ? child : `${parent.replace(/\/$/, '')}/${child}`;

  function visit(node: ts.Node, parent: string) {
    const opening = ts.isJsxElement(node)
      ? node.openingElement
      : ts.isJsxSelfClosingElement(node)
        ? node
        : null;
    if (opening && opening.tagName.getText(source) === 'Route') {
      const pathAttribute = attribute(opening, 'path');
      const value =
        pathAttribute?.initializer && ts.isStringLiteral(pathAttribute.initializer)
          ? pathAttribute.initializer.text
          : null;
      const own = value === null ? parent : join(parent, value);
      if (attribute(opening, 'index')) paths.push(parent || '/');
      else if (value !== null && value !== '*') paths.push(own);
      ts.forEachChild(node, (child) => visit(child, own));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, parent));
  }
  visit(source, '');
  return [...new Set(paths.map((p) => (p.startsWith('/') ? p : `/${p}`)))];
}

/** A route's pattern as a regular expression over a link's path (`:id` matches one segment). */
export function routePattern(routePath: string): RegExp {
  const escaped = routePath
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/?#]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${escaped}$`);
}
