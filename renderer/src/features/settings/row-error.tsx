import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../i18n/translate-key';

/** A row's problem, in red right under its name box (the box points to it with aria-describedby). */
export function RowError({ id, errorKey }: { id: string; errorKey: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="settings-row-error">
      <Typography.Text type="danger">{translateKey(t, errorKey)}</Typography.Text>
    </div>
  );
}
