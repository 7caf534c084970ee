import { Button, Card, Flex } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchPrint } from './batch-print';
import { PrintPreviewDialog } from './print-preview-dialog';
import { FORM_KINDS, blankForm, type FormKindCode } from './print-request';

/** 打印: blank forms for writing by hand when the PC is down, and batch printing of dispatched cases. */
export function PrintPage() {
  const { t } = useTranslation();
  const [blank, setBlank] = useState<FormKindCode>();
  const blankTitleId = useId();
  return (
    <section className="print-page" aria-labelledby="print-page-title">
      <div className="page-head">
        <h1 id="print-page-title">{t('printing.page.title')}</h1>
      </div>
      <p className="muted">{t('printing.page.intro')}</p>
      <Flex vertical gap="middle">
        <Card size="small" role="region" aria-labelledby={blankTitleId} title={<h2 id={blankTitleId}>{t('printing.page.blankTitle')}</h2>}>
          <p className="muted">{t('printing.page.blankHint')}</p>
          <ul className="print-page__blanks" role="list">
            {FORM_KINDS.map((kind) => (
              <li key={kind}>
                <Button onClick={() => setBlank(kind)}>{t('printing.page.blank', { form: t(`printing.kind.${kind}`) })}</Button>
              </li>
            ))}
          </ul>
        </Card>
        <BatchPrint />
      </Flex>
      {blank && (
        <PrintPreviewDialog
          target={blankForm(blank)}
          name={t('printing.preview.blankName', { form: t(`printing.kind.${blank}`) })}
          onClose={() => setBlank(undefined)}
        />
      )}
    </section>
  );
}
