import { Button, Input, Result, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { useChannelValue } from '../../lib/use-channel-value';
import { useFormatDateTime } from '../../lib/use-format';
import { PrintPreviewDialog } from '../printing/print-preview-dialog';
import { caseForm } from '../printing/print-request';

interface IntakeSavedProps {
  saved: CaseDetail;
  onOpen: () => void;
  onAnother: () => void;
}

/** For a complaint that came by e-mail (004): the receipt reply, ready to paste into the office's mail program. */
function EmailReply({ saved, expectedBy }: { saved: CaseDetail; expectedBy: number | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [copied, setCopied] = useState(false);
  const expected = expectedBy ? t('intake.ack.replyExpected', { at: formatDateTime(expectedBy) }) : t('intake.ack.replyExpectedUnknown');
  const reply = t('intake.ack.reply', { name: saved.complainantName, receivedAt: formatDateTime(saved.receivedAt), number: saved.number, expected });
  return (
    <section aria-labelledby="email-reply-title" className="saved__reply">
      <Typography.Title level={2} id="email-reply-title">
        {t('intake.ack.replyTitle')}
      </Typography.Title>
      <Input.TextArea aria-labelledby="email-reply-title" readOnly value={reply} autoSize={{ minRows: 5, maxRows: 12 }} />
      <Button
        onClick={() => void navigator.clipboard.writeText(reply).then(() => setCopied(true), () => setCopied(false))}
      >
        {t('intake.ack.copy')}
      </Button>
      {copied && <span role="status">{t('intake.ack.copied')}</span>}
    </section>
  );
}

/** What the desk decided as it registered: settled on the spot, judged (the nature chosen), or sent to the manager. */
function DecidedAtRegistration({ saved }: { saved: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const status = labels.status(saved.status);
  if (saved.resolvedAt !== null) return <p role="status">{t('intake.savedOnTheSpot', { status })}</p>;
  if (saved.status === 'awaiting_manager') return <p role="status">{t('intake.savedReferred')}</p>;
  if (saved.judgedAt !== null) return <p role="status">{t('intake.savedJudged', { nature: labels.nature(saved.nature), status })}</p>;
  return null;
}

/** The number the complainant will quote, shown big enough to read out over the phone; when to expect an answer; the 回执. */
export function IntakeSaved({ saved, onOpen, onAnother }: IntakeSavedProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const heading = useRef<HTMLHeadingElement>(null);
  // When the customer may expect an answer, once the core has worked it out from the rules (undefined while asking).
  const expectedBy = useChannelValue('cases.acknowledgement', { caseId: saved.id })?.expectedBy;
  const [printing, setPrinting] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const expected = expectedBy ? t('intake.ack.expectedBy', { at: formatDateTime(expectedBy) }) : t('intake.ack.expectedUnknown');
  return (
    <>
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
            <DecidedAtRegistration saved={saved} />
            {saved.resolvedAt === null && saved.closedAt === null && expectedBy !== undefined && <p className="saved__expected">{expected}</p>}
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
          <Button key="slip" onClick={() => setPrinting(true)}>
            {t('intake.ack.print')}
          </Button>,
          <Button key="another" onClick={onAnother}>
            {t('intake.registerAnother')}
          </Button>,
        ]}
      >
        {saved.channel === 'email' && expectedBy !== undefined && <EmailReply saved={saved} expectedBy={expectedBy} />}
      </Result>
      {printing && (
        <PrintPreviewDialog target={caseForm('acknowledgement', saved.id)} name={t('printing.kind.acknowledgement')} onClose={() => setPrinting(false)} />
      )}
    </>
  );
}
