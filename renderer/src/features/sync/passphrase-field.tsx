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
}

/** The optional passphrase a sync file is sealed with; empty means none. */
export function PassphraseField({ id, value, onChange, hint, errorKey, disabled }: PassphraseFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={id} label={t('sync.passphrase.label')} hint={hint} errorKey={errorKey}>
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

/** What the core takes: null for no passphrase. */
export const passphraseOrNull = (value: string): string | null => (value === '' ? null : value);
