import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { useValueContext } from '../case-detail/use-value-context';
import { ConflictCard, type Conflict, type Resolution } from './conflict-card';

interface ConflictsPanelProps {
  /** Bumped whenever an import may have brought new conflicts. */
  version: number;
  onChanged: () => void;
}

const NO_USERS: User[] = [];

/** 冲突: for a supervisor, one card per field two desks disagree on; the value kept reaches every desk with the next sync. */
export function ConflictsPanel({ version, onChanged }: ConflictsPanelProps) {
  const { t } = useTranslation();
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [users, setUsers] = useState<User[]>(NO_USERS);
  const [error, setError] = useState<AppError | null>(null);
  const [resolving, setResolving] = useState(false);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const ctx = useValueContext(users);

  useEffect(() => {
    let current = true;
    void Promise.all([call('sync.conflicts', {}), call('users.list', {})]).then(([list, people]) => {
      if (!current) return;
      if (list.ok) setConflicts(list.value);
      setError(list.ok ? null : list.error);
      if (people.ok) setUsers(people.value);
    });
    return () => {
      current = false;
    };
  }, [version]);

  async function resolve({ conflict, value, done }: Resolution) {
    if (resolving) return;
    setResolving(true);
    setNotice('');
    const result = await call('sync.resolveConflict', { entityId: conflict.entityId, field: conflict.field, value });
    setResolving(false);
    if (!result.ok) {
      setError(result.error);
      // Another desk's decision may have come in meanwhile (NOT_FOUND): show what is left to decide.
      const fresh = await call('sync.conflicts', {});
      if (fresh.ok) setConflicts(fresh.value);
      return;
    }
    setError(null);
    setConflicts(result.value);
    setNotice(done);
    onChanged();
    // The card that had the focus is gone: put it on the message that says what happened.
    noticeRef.current?.focus();
  }

  return (
    <section className="card sync-card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('sync.conflicts.title')}</h2>
      <p className="lead">{t('sync.conflicts.intro')}</p>
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'sync-note sync-note--ok' : 'sync-visually-empty'}>
        {notice}
      </p>
      {error && <ErrorBanner error={error} />}
      {conflicts === null && !error && <p className="muted">{t('app.loading')}</p>}
      {conflicts?.length === 0 && <p className="sync-empty">{t('sync.conflicts.none')}</p>}
      {conflicts && conflicts.length > 0 && (
        <div className="conflict-list" aria-busy={resolving}>
          {conflicts.map((conflict) => (
            <ConflictCard
              key={`${conflict.entityId}:${conflict.field}`}
              conflict={conflict}
              ctx={ctx}
              busy={resolving}
              onResolve={(resolution) => void resolve(resolution)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
