import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';

/**
 * A phone this person's role sees masked (138****8000): one click shows the whole number, and the core
 * writes that showing into the access log.
 */
export function PhoneReveal({ caseId, masked }: { caseId: string; masked: string }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string>();
  if (phone !== undefined) return <>{phone}</>;
  return (
    <>
      {masked}{' '}
      <Button
       
        size="small"
        onClick={() => void call('cases.revealPhone', { caseId }).then((result) => result.ok && setPhone(result.value.phone))}
      >
        {t('detail.showPhone')}
      </Button>
    </>
  );
}
