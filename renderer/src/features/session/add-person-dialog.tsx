import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { ModalDialog } from '../../ui/modal-dialog';
import { PersonNameForm } from './person-name-form';

interface AddPersonDialogProps {
  onAdd: (name: string) => Promise<Result<User>>;
  onClose: () => void;
}

export function AddPersonDialog({ onAdd, onClose }: AddPersonDialogProps) {
  const { t } = useTranslation();
  async function add(name: string) {
    const result = await onAdd(name);
    if (result.ok) onClose();
    return result;
  }
  return (
    <ModalDialog title={t('session.addTitle')} onClose={onClose}>
      <p className="muted">{t('session.addHint')}</p>
      <PersonNameForm submitLabel={t('session.add')} onSubmit={add} onCancel={onClose} />
    </ModalDialog>
  );
}
