import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** Moves the item with `id` to position `to` (0 first). */
export type Move = (id: string, to: number) => Promise<void>;

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    margin: 0,
    padding: 0,
    gridColumn: '1 / -1',
    minWidth: 0,
  },
  item: {
    listStyle: 'none',
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 600px)': { flexDirection: 'column' },
  },
  dragging: { boxShadow: tokens.shadow28, zIndex: 1, position: 'relative' },
  controls: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    '@media (max-width: 600px)': { flexDirection: 'row' },
    '@media print': { display: 'none' },
  },
  handle: { cursor: 'grab', touchAction: 'none' },
  content: {
    flexGrow: 1,
    minWidth: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    justifyItems: 'start',
  },
  hint: { color: tokens.colorNeutralForeground2, margin: 0, gridColumn: '1 / -1' },
});

interface ItemProps {
  id: string;
  index: number;
  count: number;
  title: string;
  canReorder: boolean;
  busy: boolean;
  onMove: Move;
  focusRef: (id: string, which: 'up' | 'down', element: HTMLButtonElement | null) => void;
  children: (headingId: string) => ReactNode;
}

function SortableItem({
  id,
  index,
  count,
  title,
  canReorder,
  busy,
  onMove,
  focusRef,
  children,
}: ItemProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id,
    disabled: !canReorder || busy,
    attributes: { roleDescription: t.focusAreas.dragRole },
  });
  return (
    <li
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={isDragging ? `${styles.item} ${styles.dragging}` : styles.item}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {canReorder && (
        <div className={styles.controls}>
          <Button
            ref={setActivatorNodeRef}
            className={styles.handle}
            appearance="subtle"
            icon={<ReOrderDotsVerticalRegular />}
            aria-label={t.focusAreas.dragHandle(title)}
            {...attributes}
            {...listeners}
          />
          <Button
            ref={(element) => focusRef(id, 'up', element as HTMLButtonElement | null)}
            appearance="subtle"
            icon={<ArrowUpRegular />}
            aria-label={t.focusAreas.moveUp(title)}
            disabledFocusable={index === 0 || busy}
            onClick={() => void onMove(id, index - 1)}
          />
          <Button
            ref={(element) => focusRef(id, 'down', element as HTMLButtonElement | null)}
            appearance="subtle"
            icon={<ArrowDownRegular />}
            aria-label={t.focusAreas.moveDown(title)}
            disabledFocusable={index === count - 1 || busy}
            onClick={() => void onMove(id, index + 1)}
          />
        </div>
      )}
      <div className={styles.content}>{children(headingId)}</div>
    </li>
  );
}

/**
 * The focus areas as an ordered list that leadership reorders: by dragging the handle (pointer,
 * or keyboard: space, arrows, space), or with the move up and down buttons. Each move is one
 * change of the order, announced to screen readers in the user's language.
 */
export function SortableFocusAreas(props: {
  ids: string[];
  titles: Map<string, string>;
  canReorder: boolean;
  /** A move is being saved: no other may start until it has. */
  busy: boolean;
  onMove: Move;
  renderItem: (id: string, headingId: string) => ReactNode;
}) {
  const { ids, titles, canReorder, busy, onMove, renderItem } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const hintId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // A moved item's button keeps the focus (or its other button, at the end of the list).
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<{ id: string; which: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target || busy) return;
    refocus.current = null;
    const index = ids.indexOf(target.id);
    const which =
      target.which === 'up' && index === 0
        ? 'down'
        : target.which === 'down' && index === ids.length - 1
          ? 'up'
          : target.which;
    buttons.current.get(`${target.id}:${which}`)?.focus();
  }, [ids, busy]);

  const title = (id: UniqueIdentifier) => titles.get(String(id)) ?? String(id);
  const place = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t.focusAreas.dragStart(title(active.id)),
    onDragOver: ({ active, over }) =>
      over ? t.focusAreas.dragOver(title(active.id), place(over.id)) : undefined,
    onDragEnd: ({ active, over }) =>
      t.focusAreas.dragEnd(title(active.id), place(over?.id ?? active.id)),
    onDragCancel: ({ active }) => t.focusAreas.dragCancel(title(active.id)),
  };
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    void onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  const moveWithButton: Move = (id, to) => {
    const from = ids.indexOf(id);
    refocus.current = { id, which: to < from ? 'up' : 'down' };
    return onMove(id, to);
  };

  const list = (
    <ol
      className={styles.list}
      aria-label={t.focusAreas.list}
      aria-describedby={canReorder ? hintId : undefined}
    >
      {ids.map((id, index) => (
        <SortableItem
          key={id}
          id={id}
          index={index}
          count={ids.length}
          title={title(id)}
          canReorder={canReorder}
          busy={busy}
          onMove={moveWithButton}
          focusRef={(item, which, element) => {
            if (element) buttons.current.set(`${item}:${which}`, element);
            else buttons.current.delete(`${item}:${which}`);
          }}
        >
          {(headingId) => renderItem(id, headingId)}
        </SortableItem>
      ))}
    </ol>
  );
  return (
    <>
      {canReorder && (
        <p id={hintId} className={styles.hint}>
          {t.focusAreas.reorderHint}
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t.focusAreas.reorderHint },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          {list}
        </SortableContext>
      </DndContext>
    </>
  );
}
