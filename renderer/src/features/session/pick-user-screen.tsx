import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { PersonNameForm } from './person-name-form';

interface PickUserScreenProps {
  users: User[];
  onPick: (userId: string) => void;
  onAdd: (name: string) => Promise<Result<User>>;
}

/** Nobody is at the desk yet: ask who it is before anything else. */
export function PickUserScreen({ users, onPick, onAdd }: PickUserScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="card card--narrow" aria-labelledby="pick-user-title">
      <h1 id="pick-user-title">{t('session.pickTitle')}</h1>
      <p className="lead">{t('session.pickIntro')}</p>
      <ul className="person-list" aria-label={t('session.pickList')}>
        {users.map((user) => (
          <li key={user.id}>
            <button type="button" className="button button--person" onClick={() => onPick(user.id)}>
              {user.name}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="subheading">{t('session.notListed')}</h2>
      <PersonNameForm submitLabel={t('session.add')} onSubmit={onAdd} />
    </section>
  );
}
