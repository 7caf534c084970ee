import { Button, Checkbox, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { PINNED_COLUMNS } from './case-columns';
import type { ColumnVisibility } from './use-column-visibility';

interface ColumnSettingsProps {
  columns: readonly { id: string; label: string }[];
  control: ColumnVisibility;
}

const ALWAYS_SHOWN = new Set([...PINNED_COLUMNS.left, ...PINNED_COLUMNS.right]);

/** 列设置: which columns the list shows; the number and the status always are. */
export function ColumnSettings({ columns, control }: ColumnSettingsProps) {
  const { t } = useTranslation();
  const content = (
    <div className="column-settings" role="group" aria-label={t('cases.columnsTitle')}>
      {columns.map((column) => (
        <Checkbox
          key={column.id}
          checked={control.visibility[column.id] !== false}
          disabled={ALWAYS_SHOWN.has(column.id)}
          onChange={(event) => control.setShown(column.id, event.target.checked)}
        >
          {column.label}
        </Checkbox>
      ))}
      <Button size="small" type="link" onClick={control.reset}>
        {t('cases.columnsReset')}
      </Button>
    </div>
  );
  return (
    <Popover content={content} title={t('cases.columnsTitle')} trigger="click" placement="bottomRight">
      <Button>{t('cases.columns')}</Button>
    </Popover>
  );
}
