import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

const ITEM_SELECTOR = '[data-roving-item]';

function centre(element: Element) {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The item nearest to `from` in a direction on the screen, if any lies that way. */
function nearest(items: Element[], from: Element, direction: 'up' | 'down'): Element | undefined {
  const origin = centre(from);
  let best: Element | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    if (item === from) continue;
    const point = centre(item);
    const dy = point.y - origin.y;
    if ((direction === 'down' && dy <= 1) || (direction === 'up' && dy >= -1)) continue;
    // Rows first, then the closest column within the row.
    const score = Math.abs(dy) * 4 + Math.abs(point.x - origin.x);
    if (score < bestScore) {
      bestScore = score;
      best = item;
    }
  }
  return best;
}

/**
 * One Tab stop for a group of items (e.g. the districts on a map), moved between with the arrow
 * keys: left and right step through the items in order, up and down go to the nearest item on the
 * screen in that direction, Home and End to the first and last. Items carry `data-roving-item`.
 */
export function useRovingFocus<T extends HTMLElement | SVGElement>() {
  const container = useRef<T>(null);

  const items = useCallback(
    () => [...(container.current?.querySelectorAll(ITEM_SELECTOR) ?? [])],
    [],
  );

  const makeCurrent = useCallback(
    (current: Element | undefined) => {
      for (const item of items()) item.setAttribute('tabindex', item === current ? '0' : '-1');
    },
    [items],
  );

  // Whatever the items are after a render, exactly one of them takes Tab.
  useEffect(() => {
    const all = items();
    if (!all.some((item) => item.getAttribute('tabindex') === '0')) makeCurrent(all[0]);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const current = (event.target as Element).closest(ITEM_SELECTOR);
    const index = current ? all.indexOf(current) : -1;
    if (!current || index < 0) return;
    const target =
      event.key === 'ArrowRight'
        ? all[index + 1]
        : event.key === 'ArrowLeft'
          ? all[index - 1]
          : event.key === 'ArrowDown'
            ? nearest(all, current, 'down')
            : event.key === 'ArrowUp'
              ? nearest(all, current, 'up')
              : event.key === 'Home'
                ? all[0]
                : event.key === 'End'
                  ? all.at(-1)
                  : undefined;
    if (!target) return;
    event.preventDefault();
    makeCurrent(target);
    (target as HTMLElement | SVGElement).focus();
  };

  const onFocus = (event: { target: EventTarget }) => {
    const item = (event.target as Element).closest?.(ITEM_SELECTOR);
    if (item) makeCurrent(item);
  };

  return { ref: container, onKeyDown, onFocus };
}
