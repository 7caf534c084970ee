import { Button, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';

interface IntakeSavedProps {
  saved: CaseDetail;
  onOpen: () => void;
  onAnother: () => void;
}

/** The number the complainant will quote, shown big enough to read out over the phone. */
export function IntakeSaved({ saved, onOpen, onAnother }: IntakeSavedProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Result
      className="saved"
      status="success"
      aria-labelledby="saved-title"
      title={
        <h1 id="saved-title" ref={heading} tabIndex={-1} className="saved__title">
          {t('intake.saved', { number: saved.number })}
        </h1>
      }
      subTitle={
        <>
          <p>{t('intake.savedHint')}</p>
          {saved.resolvedAt !== null && <p role="status">{t('intake.savedOnTheSpot', { status: labels.status(saved.status) })}</p>}
          {saved.repeatOf && (
            <p className="saved__repeat" role="note">
              {t('lifecycle.intake.savedRepeat', { number: saved.repeatOfNumber })}
            </p>
          )}
        </>
      }
      extra={[
        <Button key="open" type="primary" onClick={onOpen}>
          {t('intake.openCase')}
        </Button>,
        <Button key="another" onClick={onAnother}>
          {t('intake.registerAnother')}
        </Button>,
      ]}
    />
  );
}
