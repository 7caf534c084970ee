import { Button, Dropdown } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPreviewDialog } from './print-preview-dialog';
import { FORM_KINDS, caseForm, type FormKindCode } from './print-request';

/**
 * 打印表格 on the case page: opens a short list of the office's five forms;
 * picking one opens its print preview. antd's Dropdown places the list and
 * closes it on Esc (focus back on 打印表格) or a click elsewhere. The list is a
 * list of buttons, not an antd Menu: each form is an action, read out by name.
 */
export function PrintMenu({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [previewing, setPreviewing] = useState<FormKindCode>();
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back to 打印表格 once the preview has gone (the dialog hands focus back to the list item, which is hidden).
  useEffect(() => {
    if (previewing || !returnFocus.current) return;
    returnFocus.current = false;
    toggle.current?.focus();
  }, [previewing]);

  // The keyboard goes straight to the first form; the list is drawn a frame after it opens.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() =>
      document.getElementById(listId)?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true }),
    );
    return () => cancelAnimationFrame(frame);
  }, [open, listId]);

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        open={open}
        onOpenChange={setOpen}
        popupRender={() => (
          <ul id={listId} className="print-menu__list" role="list" aria-label={t('printing.menu.label')}>
            {FORM_KINDS.map((kind) => (
              <li key={kind}>
                <Button
                  type="text"
                  block
                  onClick={() => {
                    setOpen(false);
                    setPreviewing(kind);
                  }}
                >
                  {t(`printing.kind.${kind}`)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      >
        <Button ref={toggle} aria-expanded={open} aria-controls={listId}>
          {t('printing.menu.button')}
        </Button>
      </Dropdown>
      {previewing && (
        <PrintPreviewDialog
          target={caseForm(previewing, caseId)}
          name={t(`printing.kind.${previewing}`)}
          onClose={() => {
            returnFocus.current = true;
            setPreviewing(undefined);
          }}
        />
      )}
    </>
  );
}
