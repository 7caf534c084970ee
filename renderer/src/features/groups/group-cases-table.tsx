import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { hrefFor } from '../../lib/route';

interface GroupCasesTableProps {
  label: string;
  cases: readonly CaseDetail[];
  /** The button of each row (remove, unlink). */
  action: (detail: CaseDetail) => ReactNode;
}

/** The complaints of a group (or about to be): number linking to the case, who, where, status. */
export function GroupCasesTable({ label, cases, action }: GroupCasesTableProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const columns: TableColumnsType<CaseDetail> = [
    {
      key: 'number',
      title: t('groups.column.number'),
      className: 'nowrap',
      render: (_, c) => <a href={hrefFor({ name: 'case', id: c.id })}>{c.number}</a>,
    },
    { key: 'complainant', title: t('groups.column.complainant'), render: (_, c) => c.complainantName },
    { key: 'room', title: t('groups.column.room'), render: (_, c) => c.buildingRoom },
    {
      key: 'status',
      title: t('groups.column.status'),
      render: (_, c) => <span className={`badge badge--${c.status}`}>{labels.status(c.status)}</span>,
    },
    {
      key: 'action',
      title: <span className="visually-hidden">{t('groups.column.actions')}</span>,
      width: '1%',
      className: 'nowrap',
      render: (_, c) => action(c),
    },
  ];
  return (
    <Table<CaseDetail>
      className="group-cases"
      size="small"
      pagination={false}
      aria-label={label}
      rowKey="id"
      columns={columns}
      dataSource={[...cases]}
    />
  );
}
