import { Button } from 'antd';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; the safe choice has the focus. */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onClose={onCancel}>
      <p>{body}</p>
      <div className="dialog__actions">
        <Button danger onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="primary" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
