import { useI18n } from '../../i18n/use-i18n';
import { AppLink } from '../../ui/AppLink';
import { listHref, type ListFilter } from '../interventions/list-filter';

/**
 * A count on the overview as a link to the Insatser list filtered to exactly what it counts. Its
 * accessible name begins with the visible text and says what the list will show.
 */
export function CountLink({
  count,
  filter,
  what,
  text,
}: {
  count: number;
  filter: ListFilter;
  what: string;
  /** The visible text, when more than the number. */
  text?: string;
}) {
  const { t, format } = useI18n();
  const visible = text ?? format.integer(count);
  return (
    <AppLink
      to={listHref(filter)}
      aria-label={t.leadership.openList(visible, what)}
      data-count={count}
    >
      {visible}
    </AppLink>
  );
}
