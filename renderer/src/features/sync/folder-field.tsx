import { Button, Flex, Input, type InputRef } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { FormField } from '../../ui/form-field';

/** Set once a host has said it has no folder dialog (the browser host): it will not have one later either. */
let dialogUnsupported = false;

interface FolderFieldProps {
  id: string;
  value: string;
  onChange: (folder: string) => void;
  label?: string;
  errorKey?: string | undefined;
  disabled?: boolean;
  /** Buttons that act on the folder, on the same line as it. */
  actions?: ReactNode;
}

/**
 * A folder: chosen in the system dialog where there is one, and always
 * typed or pasted as a path too (a network share, or a host without a
 * dialog). It takes the form's whole width: paths are long.
 */
export function FolderField({ id, value, onChange, label, errorKey, disabled, actions }: FolderFieldProps) {
  const { t } = useTranslation();
  const input = useRef<InputRef>(null);
  const [choosing, setChoosing] = useState(false);
  const [typeOnly, setTypeOnly] = useState(dialogUnsupported);

  async function choose() {
    setChoosing(true);
    const result = await call('sync.chooseFolder', {});
    setChoosing(false);
    if (result.ok) {
      if (result.value.folder) onChange(result.value.folder);
      return;
    }
    if (result.error.code === 'UNSUPPORTED') dialogUnsupported = true;
    // No dialog here, or it failed to open: the text field is the way in.
    setTypeOnly(true);
    input.current?.focus();
  }

  return (
    <FormField
      id={id}
      className="sync-form__wide"
      label={label ?? t('sync.folder.label')}
      errorKey={errorKey}
      hint={typeOnly ? t('sync.folder.typeHint') : t('sync.folder.hint')}
    >
      {(control) => (
        <Flex gap="small">
          <Input
            {...control}
            ref={input}
            className="sync-path-input"
            spellCheck={false}
            autoComplete="off"
            maxLength={1000}
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
          {!typeOnly && (
            <Button disabled={disabled || choosing} onClick={() => void choose()}>
              {choosing ? t('sync.folder.choosing') : t('sync.folder.choose')}
            </Button>
          )}
          {actions}
        </Flex>
      )}
    </FormField>
  );
}
