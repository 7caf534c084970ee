import { Alert, Empty, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { useValueContext } from '../case-detail/use-value-context';
import { ConflictCard, type Conflict, type Resolution } from './conflict-card';
import { SectionCard } from '../../ui/section-card';

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
  const noticeRef = useRef<HTMLDivElement>(null);
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
    <SectionCard titleId="conflicts-title" title={t('sync.conflicts.title')} intro={t('sync.conflicts.intro')}>
      {/* Always in the page, so the outcome is announced; it takes the focus from the card that is gone. */}
      <div ref={noticeRef} tabIndex={-1} role="status" className="sync-notice">
        {notice && <Alert type="success" showIcon role="none" title={notice} />}
      </div>
      {error && <ErrorBanner error={error} />}
      {conflicts === null && !error && <Typography.Paragraph type="secondary">{t('app.loading')}</Typography.Paragraph>}
      {conflicts?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sync.conflicts.none')} />}
      {conflicts && conflicts.length > 0 && (
        <div className="sync-conflicts" aria-busy={resolving}>
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
    </SectionCard>
  );
}
