import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/**
 * Changes parameters of the address's query string in one navigation. Null removes a parameter,
 * which keeps links short; changes replace the history entry, so Back leaves the page instead of
 * stepping through every filter.
 *
 * It starts from the browser's address as it is now, not as it was at the last render: the router
 * renders a new address in a transition, so two quick changes (a filter, then a sort) would
 * otherwise start from the same old address and the second would undo the first.
 */
export function useUpdateSearchParams(): (changes: Record<string, string | null>) => void {
  const navigate = useNavigate();
  return useCallback(
    (changes) => {
      const next = new URLSearchParams(window.location.search);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) next.delete(name);
        else next.set(name, value);
      }
      const search = next.toString();
      void navigate(
        { pathname: window.location.pathname, search: search ? `?${search}` : '' },
        { replace: true },
      );
    },
    [navigate],
  );
}

/** One filter of the page kept in the address, so that a copied link reopens the same view. */
export function useSearchParam(
  name: string,
): [string | null, (value: string | null, defaultValue?: string) => void] {
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const set = useCallback(
    (value: string | null, defaultValue?: string) =>
      update({ [name]: value === defaultValue ? null : value }),
    [name, update],
  );
  return [params.get(name), set];
}

/** A parameter restricted to known values, falling back to the default (or the first). */
export function useChoiceParam<T extends string>(
  name: string,
  choices: ReadonlyArray<T>,
  defaultValue?: T,
): [T, (value: T) => void] {
  const [raw, set] = useSearchParam(name);
  const fallback = defaultValue ?? choices[0];
  if (fallback === undefined) throw new Error(`No choices for the "${name}" parameter.`);
  const value = choices.find((choice) => choice === raw) ?? fallback;
  const setChoice = useCallback((next: T) => set(next, fallback), [set, fallback]);
  return [value, setChoice];
}
