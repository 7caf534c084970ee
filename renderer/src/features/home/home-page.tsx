import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUEUES, type QueueName } from '../../../../shared/schemas/lifecycle';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { useHomeData } from './use-home-data';

/** Queues that mean something is late get a warning colour when they are not empty. */
const URGENT: ReadonlySet<QueueName> = new Set(['overdue', 'escalated_to_me']);

function QueueCard({ queue, count, note }: { queue: QueueName; count: number | undefined; note?: string | undefined }) {
  const { t } = useTranslation();
  const label = t(`home.queue.${queue}.label`);
  const n = count ?? 0;
  const tone = count === undefined || n === 0 ? 'empty' : URGENT.has(queue) ? 'urgent' : 'busy';
  return (
    <li>
      <a
        className={`home-card home-card--${tone} home-card--${queue}`}
        href={hrefFor({ name: 'cases', queue })}
        aria-label={t('home.cardLabel', { label, n })}
      >
        <span className="home-card__label">{label}</span>
        <span className="home-card__count">
          {count === undefined ? '…' : n}
          <span className="home-card__unit">{t('home.unit')}</span>
        </span>
        <span className="home-card__description">{note ?? t(`home.queue.${queue}.description`)}</span>
      </a>
    </li>
  );
}

/** 工作台: what needs the person at the desk now, as five queues with their counts, and the latest complaints. */
export function HomePage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const home = useHomeData();
  return (
    <section className="home" aria-labelledby="home-title">
      <div className="page-head home__head">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="muted">{home.me ? t('home.greeting', { name: home.me.name }) : t('home.greetingNobody')}</p>
        <div className="home__tools">
          {home.updatedAt !== null && (
            <span className="muted home__updated" role="status">
              {t('home.updatedAt', { at: formatDateTime(home.updatedAt) })}
            </span>
          )}
          <Button onClick={home.refresh}>
            {t('home.refresh')}
          </Button>
        </div>
      </div>
      {home.failure && <ErrorBanner error={home.failure} />}
      <ul className="home-cards" aria-label={t('home.queuesLabel')}>
        {QUEUES.map((queue) => (
          <QueueCard
            key={queue}
            queue={queue}
            count={home.counts?.[queue]}
            note={queue === 'my_department' && !home.hasDepartment ? t('home.noDepartment') : undefined}
          />
        ))}
      </ul>
      <section className="card home-recent" aria-labelledby="home-recent-title">
        <div className="lc-card-head">
          <h2 id="home-recent-title">{t('home.recentTitle')}</h2>
          <a className="lc-card-head__tools" href={hrefFor({ name: 'cases' })}>
            {t('home.allCases')}
          </a>
        </div>
        {home.recent.length === 0 ? (
          <p className="muted">{t('home.recentEmpty')}</p>
        ) : (
          <ul className="home-recent__list" aria-label={t('home.recentLabel')}>
            {home.recent.map((row) => (
              <li key={row.id}>
                <a className="home-recent__row" href={hrefFor({ name: 'case', id: row.id })}>
                  <span className="home-recent__number">{row.number}</span>
                  <span className="home-recent__who">{row.complainantName}</span>
                  <span className="home-recent__room">{row.buildingRoom}</span>
                  <span className="home-recent__text">{row.contentPreview}</span>
                  <span className={`badge badge--${row.status}`}>{labels.status(row.status)}</span>
                  {(row.deadlineState === 'overdue' || row.deadlineState === 'due_soon' || row.deadlineState === 'paused') && (
                    <span className={`badge lc-badge--${row.deadlineState}`}>{t(`deadlineState.${row.deadlineState}`)}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
