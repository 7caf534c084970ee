/**
 * The list editor the sites, departments and categories share: each row's
 * name, an optional choice (a department's head), whether it is active,
 * its place in the order, and a Save button that wakes up once the row is
 * changed.
 */
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input } from 'antd';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../shared/result';
import { fromServerIssues } from '../../lib/field-errors';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { ChoiceSelect } from '../../ui/choice-select';
import { RowError } from './row-error';

export interface ListItem {
  id: string;
  name: string;
  sort: number;
  active: boolean;
}

export interface ListDraft {
  name: string;
  active: boolean;
  choice: string;
}

interface ChoiceColumn<T> {
  header: string;
  valueOf: (item: T) => string;
  options: readonly { value: string; label: string }[];
}

interface EditableListProps<T extends ListItem> {
  caption: string;
  items: readonly T[];
  /** What a row is called when it has no name of its own (a built-in category: its translation). */
  fallbackName?: (item: T) => string;
  /** A column of plain text after the name (a category's kind). */
  note?: { header: string; render: (item: T) => ReactNode };
  choice?: ChoiceColumn<T>;
  onSave: (item: T, draft: ListDraft) => Promise<Result<unknown>>;
  /** Saves the new order; the items arrive in it. */
  onReorder: (items: T[]) => Promise<Result<unknown>>;
}

/** Enter in a row's name saves that row, unless an input method is composing. */
function enterSaves(event: KeyboardEvent<HTMLInputElement>, save: () => void) {
  if (event.key !== 'Enter' || isComposing(event)) return;
  event.preventDefault();
  save();
}

interface RowProps<T extends ListItem> extends Omit<EditableListProps<T>, 'items' | 'caption' | 'onReorder'> {
  item: T;
  index: number;
  count: number;
  busy: boolean;
  onMove: (from: number, to: number) => void;
}

function EditableRow<T extends ListItem>({ item, index, count, busy, fallbackName, note, choice, onSave, onMove }: RowProps<T>) {
  const { t } = useTranslation();
  const initialChoice = choice?.valueOf(item) ?? '';
  // A built-in entry shows its own name as the box's text, not as grey placeholder text that reads as empty.
  const fallback = fallbackName?.(item);
  const shownName = item.name || fallback || '';
  /** What is stored: nothing for a built-in entry's own name, so it keeps following the language. */
  const storedName = (typed: string) => (fallback !== undefined && typed.trim() === fallback ? '' : typed.trim());
  const [draft, setDraft] = useState<ListDraft>({ name: shownName, active: item.active, choice: initialChoice });
  const [pending, setPending] = useState(false);
  const [errorKey, setErrorKey] = useState<string>();
  const [failure, setFailure] = useState<AppError>();
  // What the core now holds replaces the draft (after a save, or an edit that arrived by sync).
  useEffect(() => {
    setDraft({ name: shownName, active: item.active, choice: initialChoice });
  }, [shownName, item.active, initialChoice]);

  const label = shownName;
  const dirty = storedName(draft.name) !== item.name || draft.active !== item.active || draft.choice !== initialChoice;
  const nameId = `list-${item.id}-name`;
  const errorId = `${nameId}-error`;

  async function save() {
    if (!dirty || pending) return;
    if (!draft.name.trim() && !fallback) {
      setErrorKey('errors.required');
      return;
    }
    setPending(true);
    const result = await onSave(item, { ...draft, name: storedName(draft.name) });
    setPending(false);
    setErrorKey(result.ok ? undefined : fromServerIssues(result.error.issues).name);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
  }

  return (
    <tr className={item.active ? undefined : 'settings-row--inactive'}>
      <td>
        <Input
          id={nameId}
          className="settings-name"
          aria-label={t('settings.list.name')}
          value={draft.name}
          maxLength={60}
          status={errorKey ? 'error' : undefined}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={errorKey ? errorId : undefined}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          onKeyDown={(event) => enterSaves(event, () => void save())}
        />
        {errorKey && <RowError id={errorId} errorKey={errorKey} />}
        {failure && <ErrorBanner error={failure} />}
      </td>
      {note && <td>{note.render(item)}</td>}
      {choice && (
        <td>
          <ChoiceSelect
            className="settings-choice"
            aria-label={choice.header}
            value={draft.choice}
            choices={choice.options}
            onValueChange={(chosen) => setDraft({ ...draft, choice: chosen })}
          />
        </td>
      )}
      <td className="settings-cell--center">
        <Checkbox aria-label={t('settings.list.active')} checked={draft.active} onChange={(event) => setDraft({ ...draft, active: event.target.checked })} />
      </td>
      <td className="settings-cell--actions">
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={t('settings.list.moveUp', { name: label })}
          title={t('settings.list.moveUp', { name: label })}
          disabled={busy || index === 0}
          onClick={() => onMove(index, index - 1)}
        />
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={t('settings.list.moveDown', { name: label })}
          title={t('settings.list.moveDown', { name: label })}
          disabled={busy || index === count - 1}
          onClick={() => onMove(index, index + 1)}
        />
        <Button size="small" type="primary" aria-label={t('settings.list.saveRow', { name: label })} disabled={!dirty || pending} onClick={() => void save()}>
          {pending ? t('common.saving') : t('settings.list.save')}
        </Button>
      </td>
    </tr>
  );
}

export function EditableList<T extends ListItem>({ caption, items, onReorder, ...rowProps }: EditableListProps<T>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError>();

  async function move(from: number, to: number) {
    const ordered = [...items];
    const [moved] = ordered.splice(from, 1);
    if (!moved) return;
    ordered.splice(to, 0, moved);
    setBusy(true);
    const result = await onReorder(ordered);
    setBusy(false);
    setFailure(result.ok ? undefined : result.error);
  }

  return (
    <div className="settings-table-wrap">
      {failure && <ErrorBanner error={failure} />}
      <table className="settings-table" aria-label={caption}>
        <thead>
          <tr>
            <th scope="col">{t('settings.list.name')}</th>
            {rowProps.note && <th scope="col">{rowProps.note.header}</th>}
            {rowProps.choice && <th scope="col">{rowProps.choice.header}</th>}
            <th scope="col" className="settings-cell--center">
              {t('settings.list.active')}
            </th>
            <th scope="col">{t('settings.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <EditableRow key={item.id} {...rowProps} item={item} index={index} count={items.length} busy={busy} onMove={(a, b) => void move(a, b)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** New sort values 10, 20, 30 … for a list in the order given; only the rows whose value changes are saved. */
export function renumbered<T extends ListItem>(items: readonly T[]): T[] {
  return items.map((item, index) => ({ ...item, sort: (index + 1) * 10 })).filter((item, index) => item.sort !== items[index]?.sort);
}

/** Runs saves one after another and stops at the first failure. */
export async function saveInTurn<T>(items: readonly T[], save: (item: T) => Promise<Result<unknown>>): Promise<Result<unknown>> {
  let last: Result<unknown> = { ok: true, value: null };
  for (const item of items) {
    last = await save(item);
    if (!last.ok) return last;
  }
  return last;
}
