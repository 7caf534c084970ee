import { Button, Card, Empty, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLOCK_KINDS, QUEUES, type QueueCounts, type QueueName } from '../../../../shared/schemas/lifecycle';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { useHomeData } from './use-home-data';

/** Queues that mean something is late get a warning colour when they are not empty. */
const URGENT: ReadonlySet<QueueName> = new Set(['overdue', 'escalated_to_me', 'response_overdue', 'acceptance_overdue', 'notice_overdue']);

/** The count's colour: red when something is late, grey when there is nothing to do. */
const COUNT_COLOURS = { empty: 'var(--muted)', urgent: 'var(--danger)', busy: undefined } as const;

function QueueCard({ queue, count, note }: { queue: QueueName; count: number | undefined; note?: string | undefined }) {
  const { t } = useTranslation();
  const label = t(`home.queue.${queue}.label`);
  const n = count ?? 0;
  const tone = count === undefined || n === 0 ? 'empty' : URGENT.has(queue) ? 'urgent' : 'busy';
  return (
    <li>
      {/* The whole card is one link, named by its label and count; what is inside is for the eye. */}
      <a className="home-card-link" href={hrefFor({ name: 'cases', queue })} aria-label={t('home.cardLabel', { label, n })}>
        <Card size="small" hoverable className={`home-card home-card--${tone}`}>
          <Statistic
            title={label}
            value={n}
            loading={count === undefined}
            suffix={t('home.unit')}
            styles={{ content: { color: COUNT_COLOURS[tone] } }}
          />
          <p className="home-card__description">{note ?? t(`home.queue.${queue}.description`)}</p>
        </Card>
      </a>
    </li>
  );
}

type Clocks = QueueCounts['clocks'];

/** Where a count of the clocks card leads: the list filtered the same way, or the callback queue. */
function clockHref(kind: keyof Clocks, state: 'dueSoon' | 'overdue'): string {
  if (kind === 'callback') return hrefFor({ name: 'callbacks' });
  return hrefFor({ name: 'cases', list: `${state}=${kind}&mine=mine` });
}

/** 时限提醒: per kind of limit (响应, 接单, 处理, 回访), how many of the person's cases are near it and past it. */
function ClocksCard({ clocks }: { clocks: Clocks | undefined }) {
  const { t } = useTranslation();
  const cell = (kind: keyof Clocks, state: 'dueSoon' | 'overdue') => {
    const n = clocks?.[kind][state];
    const tone = n ? (state === 'overdue' ? 'urgent' : 'busy') : 'empty';
    return (
      <td>
        <a
          href={clockHref(kind, state)}
          className={`home-clocks__count home-clocks__count--${tone}`}
          aria-label={t('home.clocks.cellLabel', { kind: t(`home.clocks.kind.${kind}`), state: t(`home.clocks.${state}`), n: n ?? 0 })}
        >
          {n ?? '…'}
        </a>
      </td>
    );
  };
  return (
    <Card size="small" role="region" aria-labelledby="home-clocks-title" title={<h2 id="home-clocks-title">{t('home.clocks.title')}</h2>}>
      <table className="home-clocks">
        <thead>
          <tr>
            <th scope="col">{t('home.clocks.kindHeader')}</th>
            <th scope="col">{t('home.clocks.dueSoon')}</th>
            <th scope="col">{t('home.clocks.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {CLOCK_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`home.clocks.kind.${kind}`)}</th>
              {cell(kind, 'dueSoon')}
              {cell(kind, 'overdue')}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** 工作台: what needs the person at the desk now, as work queues with their counts (late ones in red), and the latest complaints. */
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
          <Button onClick={home.refresh}>{t('home.refresh')}</Button>
        </div>
      </div>
      {home.failure && <ErrorBanner error={home.failure} />}
      <ul className="home-cards" aria-label={t('home.queuesLabel')}>
        {QUEUES.filter((queue) => queue !== 'to_verify' || home.verifies).map((queue) => (
          <QueueCard
            key={queue}
            queue={queue}
            count={home.counts?.[queue]}
            note={queue === 'my_department' && !home.hasDepartment ? t('home.noDepartment') : undefined}
          />
        ))}
      </ul>
      <ClocksCard clocks={home.counts?.clocks} />
      <Card
        size="small"
        role="region"
        aria-labelledby="home-recent-title"
        title={<h2 id="home-recent-title">{t('home.recentTitle')}</h2>}
        extra={<a href={hrefFor({ name: 'cases' })}>{t('home.allCases')}</a>}
      >
        {home.recent.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.recentEmpty')} />
        ) : (
          <ul className="home-recent__list" aria-label={t('home.recentLabel')}>
            {home.recent.map((row) => (
              <li key={row.id}>
                <a className="home-recent__row" href={hrefFor({ name: 'case', id: row.id })}>
                  <span className="home-recent__number">{row.number}</span>
                  <span>{row.complainantName}</span>
                  <span>{row.buildingRoom}</span>
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
      </Card>
    </section>
  );
}
