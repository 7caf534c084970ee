import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { AddPersonDialog } from './add-person-dialog';

interface UserPickerProps {
  user: User;
  users: User[];
  onSelect: (userId: string) => void;
  onAdd: (name: string) => Promise<Result<User>>;
}

/** "Who is at the desk": switch person, or add one. */
export function UserPicker({ user, users, onSelect, onAdd }: UserPickerProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <div className="user-picker">
      <label className="top-bar__label" htmlFor="at-desk">
        {t('topBar.atDesk')}
      </label>
      <select id="at-desk" value={user.id} onChange={(event) => onSelect(event.target.value)}>
        {users.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => setAdding(true)}>
        {t('topBar.addPerson')}
      </button>
      {adding && <AddPersonDialog onAdd={onAdd} onClose={() => setAdding(false)} />}
    </div>
  );
}
