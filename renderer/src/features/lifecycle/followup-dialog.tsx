import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { followupInputSchema, type Followup } from '../../../../shared/schemas/lifecycle';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { FileField, focusFileField } from './file-field';
import { FOLLOWUP_FORM } from './followup-form';
import { SpecFormDialog } from './spec-form-dialog';
import { useAttachFiles } from './use-attach-files';

interface FollowupDialogProps {
  caseId: string;
  amends: Followup | null;
  maxMb: number;
  /** Saved; `warning` when the entry was saved but one of its files was not. */
  onSaved: (warning?: string) => void;
  onClose: () => void;
}

/**
 * Adds a follow-up, or a correction of one (the old entry stays, marked
 * amended), with its evidence. The files are read and checked before the
 * entry is written, so a file that is too large or unreadable leaves the
 * case as it was.
 */
export function FollowupDialog({ caseId, amends, maxMb, onSaved, onClose }: FollowupDialogProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const attach = useAttachFiles();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const title = amends ? t('lifecycle.followup.correctTitle') : t('lifecycle.followup.dialogTitle');
  const intro = amends ? <p className="muted lc-form__intro">{t('lifecycle.followup.correcting', { at: formatDateTime(amends.at) })}</p> : undefined;

  return (
    <SpecFormDialog
      title={title}
      idPrefix="lc-followup"
      spec={FOLLOWUP_FORM}
      ctx={{ caseId, amends }}
      schema={followupInputSchema}
      submitLabel={t('common.save')}
      intro={intro}
      extra={
        <FileField
          id="lc-followup-files"
          label={t('lifecycle.followup.files')}
          hint={t('lifecycle.attachment.hint', { mb: maxMb })}
          error={fileError}
          files={files}
          onFiles={(picked) => {
            setFiles(picked);
            setFileError(undefined);
          }}
        />
      }
      onClose={onClose}
      onSubmit={async (input) => {
        setFileError(undefined);
        const prepared = await attach.prepare(files, maxMb, true);
        if (!prepared.ok) {
          setFiles((current) => current.filter((file) => file !== prepared.refused));
          setFileError(prepared.message);
          focusFileField('lc-followup-files');
          return 'handled';
        }
        const added = await call('followups.add', input as ChannelInput<'followups.add'>);
        if (!added.ok) return { error: added.error };
        const sent = await attach.send(caseId, added.value.id, prepared.files);
        onSaved(sent.message ? t('lifecycle.followup.savedButAttachment', { reason: sent.message }) : undefined);
        return null;
      }}
    />
  );
}
