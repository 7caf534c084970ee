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
  return (
    <table className="group-cases" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('groups.column.number')}</th>
          <th scope="col">{t('groups.column.complainant')}</th>
          <th scope="col">{t('groups.column.room')}</th>
          <th scope="col">{t('groups.column.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('groups.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <td>
              <a href={hrefFor({ name: 'case', id: c.id })}>{c.number}</a>
            </td>
            <td>{c.complainantName}</td>
            <td>{c.buildingRoom}</td>
            <td>
              <span className={`badge badge--${c.status}`}>{labels.status(c.status)}</span>
            </td>
            <td className="group-cases__action">{action(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
