import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing, isSaveShortcut } from '../../lib/keyboard';
import { leave, setLeaveGuard } from '../../lib/leave-guard';
import { navigate } from '../../lib/route';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CustomerHistory } from './customer-history';
import { IntakeForm } from './intake-form';
import { IntakeSaved } from './intake-saved';
import { useIntakeForm } from './use-intake-form';
import { useDuplicateWindow } from './use-duplicate-window';

const anyDialogOpen = () => document.querySelector('dialog[open]') !== null;

/** Registering a complaint: the form, then the number it got. Ctrl+S saves; Esc leaves, asking first if anything was typed. */
export function IntakePage() {
  const { t } = useTranslation();
  const form = useIntakeForm();
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const guarded = form.dirty && !form.saved;
  const windowDays = useDuplicateWindow();

  useEffect(() => {
    setLeaveGuard(guarded ? (proceed) => setPendingLeave(() => proceed) : null);
    return () => setLeaveGuard(null);
  }, [guarded]);

  // The window listener outlives renders; it reads the latest form through a ref.
  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isComposing(event) || anyDialogOpen()) return;
      if (isSaveShortcut(event)) {
        event.preventDefault();
        if (!latest.current.saved) void latest.current.save();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        leave(() => navigate({ name: 'cases' }));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      {form.saved ? (
        <IntakeSaved
          saved={form.saved}
          onOpen={() => form.saved && navigate({ name: 'case', id: form.saved.id })}
          onAnother={form.reset}
        />
      ) : (
        <div className="intake-layout">
          <IntakeForm form={form} onCancel={() => leave(() => navigate({ name: 'cases' }))} />
          <CustomerHistory
            phone={form.values.phone}
            buildingRoom={form.values.buildingRoom}
            category={form.values.category}
            windowDays={windowDays}
          />
        </div>
      )}
      {pendingLeave && (
        <ConfirmDialog
          title={t('intake.discardTitle')}
          body={t('intake.discardBody')}
          confirmLabel={t('intake.discard')}
          cancelLabel={t('intake.keepEditing')}
          onConfirm={() => {
            setLeaveGuard(null);
            setPendingLeave(null);
            pendingLeave();
          }}
          onCancel={() => setPendingLeave(null)}
        />
      )}
    </>
  );
}
