import { Body1, Button } from '@fluentui/react-components';
import { useI18n } from '../../i18n/use-i18n';
import type { ListFilter } from './list-filter';

/**
 * The filter in force, in words ("Showing interventions that are late and are owned by …"), with
 * a button that clears it: a list opened from a link says what it shows.
 */
export function ActiveFilter(props: {
  filter: ListFilter;
  organisations: ReadonlyArray<{ code: string; name: string }>;
  districts: ReadonlyArray<{ code: string; name: string }>;
  onClear: () => void;
  className?: string;
  textClassName?: string;
}) {
  const { t } = useI18n();
  const f = t.listFilter;
  const { filter } = props;
  const nameOf = (list: ReadonlyArray<{ code: string; name: string }>, code: string) =>
    list.find((item) => item.code === code)?.name ?? code;
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  const parts = [
    filter.statuses && f.statuses(filter.statuses.map((s) => t.interventionStatus[s]).join(f.or)),
    filter.owner && f.owner(nameOf(props.organisations, filter.owner)),
    filter.district && f.district(nameOf(props.districts, filter.district)),
    filter.late !== undefined && f.late[yesNo(filter.late)],
    filter.overdue !== undefined && f.overdue[yesNo(filter.overdue)],
    filter.citizenPromise !== undefined && f.citizenPromise[yesNo(filter.citizenPromise)],
    filter.search && f.search(filter.search),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return (
    <div className={props.className}>
      <Body1 className={props.textClassName}>
        <strong>{f.active}:</strong> {f.showing} {parts.join(f.and)}.
      </Body1>
      <Button onClick={props.onClear}>{f.clear}</Button>
    </div>
  );
}
