import { useState, type ReactNode } from 'react';
import { ConfigProvider, Modal } from 'antd';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for forms with long texts or previews; antd's 520 px otherwise. */
  width?: number;
}

/**
 * An antd Modal that is open while it is mounted: unmount it to close it; Esc
 * asks the owner to close it. Focus stays inside while it
 * is open; the control marked `data-autofocus` gets it first (the safe choice
 * in a confirmation), else the first field.
 */
export function ModalDialog({ title, onClose, children, width }: ModalDialogProps) {
  // Lists and calendars open inside the dialog: outside it, the dialog's focus trap would take the click away.
  const [popupHome, setPopupHome] = useState<HTMLDivElement | null>(null);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={null}
      // Every dialog has its own 取消 or 关闭 button (and Esc): a second, unlabelled close in the corner would only compete with it.
      closable={false}
      maskClosable={false}
      destroyOnHidden
      width={width}
      afterOpenChange={(open) => {
        if (!open) return;
        const root = document.querySelector<HTMLElement>('.ant-modal-wrap:last-of-type .ant-modal-body');
        // Someone already typing in a field keeps their place.
        if (root?.contains(document.activeElement)) return;
        const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select');
        first?.focus();
      }}
    >
      <div ref={setPopupHome} className="modal-dialog__body">
        <ConfigProvider getPopupContainer={() => popupHome ?? document.body}>{children}</ConfigProvider>
      </div>
    </Modal>
  );
}
