import { Button, Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { useFormatDateTime } from '../../lib/use-format';

export const URGENCIES = ['overdue', 'due_today', 'upcoming', 'done'] as const;
type Urgency = (typeof URGENCIES)[number];

interface CallbackGroupsProps {
  callbacks: readonly Callback[];
  showDone: boolean;
  onPick: (callback: Callback) => void;
}

function useColumns(urgency: Urgency, onPick: (c: Callback) => void): TableColumnsType<Callback> {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const empty = t('common.empty');
  return [
    { key: 'number', title: t('callbacks.columns.number'), className: 'nowrap', render: (_, c) => c.caseNumber },
    { key: 'complainant', title: t('callbacks.columns.complainant'), render: (_, c) => c.complainantName },
    { key: 'phone', title: t('callbacks.columns.phone'), className: 'nowrap', render: (_, c) => c.phone || empty },
    { key: 'room', title: t('callbacks.columns.buildingRoom'), render: (_, c) => c.buildingRoom || empty },
    { key: 'round', title: t('callbacks.columns.round'), className: 'nowrap', render: (_, c) => t('callbacks.roundN', { n: c.round }) },
    {
      key: 'due',
      title: t('callbacks.columns.dueAt'),
      className: 'nowrap',
      // Overdue is the one date that must catch the eye.
      render: (_, c) =>
        urgency === 'overdue' ? (
          <Typography.Text type="danger" strong>
            {format(c.dueAt)}
          </Typography.Text>
        ) : (
          format(c.dueAt)
        ),
    },
    { key: 'method', title: t('callbacks.columns.method'), className: 'nowrap', render: (_, c) => t(`callbacks.methods.${c.method}`) },
    { key: 'assignee', title: t('callbacks.columns.assignee'), render: (_, c) => c.assigneeName || empty },
    {
      key: 'state',
      title: urgency === 'done' ? t('callbacks.columns.outcome') : t('callbacks.columns.attempts'),
      className: 'nowrap',
      render: (_, c) => {
        if (urgency !== 'done') return t('callbacks.attemptsN', { n: c.attempts.length });
        return c.satisfaction ? t(`callbacks.satisfaction.${c.satisfaction}`) : t(`callbacks.round.status.${c.status}`);
      },
    },
    {
      key: 'open',
      title: <span className="visually-hidden">{t('callbacks.openShort')}</span>,
      render: (_, c) => (
        <Button
          size="small"
          aria-label={t('callbacks.open', { number: c.caseNumber })}
          onClick={(event) => {
            event.stopPropagation();
            onPick(c);
          }}
        >
          {t('callbacks.openShort')}
        </Button>
      ),
    },
  ];
}

function CallbackGroup({ urgency, rows, onPick }: { urgency: Urgency; rows: readonly Callback[]; onPick: (c: Callback) => void }) {
  const { t } = useTranslation();
  const columns = useColumns(urgency, onPick);
  const titleId = `group-${urgency}`;
  const title = t(`callbacks.groups.${urgency}`);
  return (
    <Card
      size="small"
      className={`callback-group callback-group--${urgency}`}
      role="region"
      aria-labelledby={titleId}
      title={<h2 id={titleId}>{t('callbacks.groupCount', { title, n: rows.length })}</h2>}
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.groupEmpty')} />
      ) : (
        <Table<Callback>
          size="small"
          pagination={false}
          aria-labelledby={titleId}
          rowKey="id"
          columns={columns}
          dataSource={[...rows]}
          rowClassName="callback-row"
          scroll={{ x: 'max-content' }}
          onRow={(callback) => ({ onClick: () => onPick(callback) })}
        />
      )}
    </Card>
  );
}

/**
 * 已逾期 · 今天到期 · 即将到期 (and 已完成 when asked): one table each.
 * A click on a row, or its button (the keyboard way), opens the callback.
 */
export function CallbackGroups({ callbacks, showDone, onPick }: CallbackGroupsProps) {
  const groups = URGENCIES.filter((urgency) => urgency !== 'done' || showDone);
  return (
    <Flex vertical gap="middle">
      {groups.map((urgency) => (
        <CallbackGroup key={urgency} urgency={urgency} rows={callbacks.filter((c) => c.urgency === urgency)} onPick={onPick} />
      ))}
    </Flex>
  );
}
