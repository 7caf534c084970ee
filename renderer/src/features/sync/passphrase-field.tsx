import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/form-field';

interface PassphraseFieldProps {
  id: string;
  value: string;
  onChange: (passphrase: string) => void;
  hint: string;
  errorKey?: string | undefined;
  disabled?: boolean;
  required?: boolean;
}

/** The passphrase an invitation to the organisation is sealed with (sync/org-key-panel.tsx, the setup's join form). */
export function PassphraseField({ id, value, onChange, hint, errorKey, disabled, required }: PassphraseFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={id} label={t('sync.passphrase.label')} hint={hint} errorKey={errorKey} required={required}>
      {(control) => (
        <Input.Password
          {...control}
          autoComplete="off"
          maxLength={200}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
