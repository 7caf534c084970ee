import { Button } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/modal-dialog';
import { FileField, focusFileField } from './file-field';
import { useAttachFiles } from './use-attach-files';

interface AttachmentDialogProps {
  caseId: string;
  /** Photos of a rectification notice's problem, rather than of the case. */
  noticeId?: string;
  /** The dialog's title, where it is not 添加附件. */
  title?: string;
  maxMb: number;
  /** Some or all files were added, this many (the timeline should be read again). */
  onAdded: (count: number) => void;
  onClose: () => void;
}

/** 添加附件: photos, recordings, documents for the case; checked here first, then by the core. */
export function AttachmentDialog({ caseId, noticeId, title, maxMb, onAdded, onClose }: AttachmentDialogProps) {
  const { t } = useTranslation();
  const attach = useAttachFiles();
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    if (files.length === 0) {
      setError(t('lifecycle.error.chooseFile'));
      focusFileField('lc-attach-files');
      return;
    }
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    const prepared = await attach.prepare(files, maxMb);
    if (!prepared.ok) {
      inFlight.current = false;
      setPending(false);
      // The message says the file was not added: it leaves the list, the others stay chosen.
      setFiles((current) => current.filter((file) => file !== prepared.refused));
      setError(prepared.message);
      return;
    }
    const result = await attach.send(caseId, null, prepared.files, noticeId);
    inFlight.current = false;
    setPending(false);
    if (result.added > 0) onAdded(result.added);
    if (!result.message) {
      onClose();
      return;
    }
    // Those already added are not sent again if the person tries once more; the refused one was not added.
    setFiles((current) => current.slice(result.added + 1));
    setError(result.message);
  }

  return (
    <ModalDialog title={title ?? t('lifecycle.attachment.dialogTitle')} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FileField
          id="lc-attach-files"
          label={t('lifecycle.attachment.files')}
          hint={t('lifecycle.attachment.hint', { mb: maxMb })}
          error={error}
          files={files}
          onFiles={(picked) => {
            setFiles(picked);
            setError(undefined);
          }}
        />
        <div className="dialog__actions">
          <Button htmlType="submit" type="primary" disabled={pending} aria-busy={pending || undefined}>
            {pending ? t('lifecycle.submitting') : t('lifecycle.attachment.add')}
          </Button>
          <Button onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
