import { Button } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPreviewDialog } from './print-preview-dialog';
import { FORM_KINDS, caseForm, type FormKindCode } from './print-request';

/**
 * 打印表格 on the case page: opens a short list of the office's five forms;
 * picking one opens its print preview. Esc or a click elsewhere closes the
 * list.
 */
export function PrintMenu({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [previewing, setPreviewing] = useState<FormKindCode>();
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back to 打印表格 once the preview has gone (the dialog hands focus back to the list item, which is gone too).
  useEffect(() => {
    if (previewing || !returnFocus.current) return;
    returnFocus.current = false;
    toggle.current?.focus();
  }, [previewing]);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="list"] button')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="print-menu" ref={root}>
      <Button
        ref={toggle}
       
       
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('printing.menu.button')}
      </Button>
      {open && (
        <ul id={listId} className="print-menu__list" role="list" aria-label={t('printing.menu.label')}>
          {FORM_KINDS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="print-menu__item"
                onClick={() => {
                  setOpen(false);
                  setPreviewing(kind);
                }}
              >
                {t(`printing.kind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
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
    </div>
  );
}
