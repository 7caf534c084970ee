import { Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/form-field';

interface FileFieldProps {
  id: string;
  label: string;
  hint: string;
  /** Already in the UI language (it names the file). */
  error: string | undefined;
  /** What is chosen so far: each pick adds to it, and each file in the list can be taken out again. */
  files: readonly File[];
  onFiles: (files: File[]) => void;
}

/** The Upload keeps its own id on a File it has seen; a File from elsewhere gets one from its place. */
function toUploadFile(file: File, index: number): UploadFile {
  const uid = (file as File & { uid?: string }).uid ?? `picked-${index}-${file.name}`;
  return { uid, name: file.name, size: file.size, type: file.type, status: 'done', originFileObj: file as UploadFile['originFileObj'] };
}

/**
 * antd's drop area for photos, recordings and documents, with the list of
 * what is chosen. Nothing is uploaded here: the dialog reads and checks the
 * files when it is submitted (`beforeUpload` returns false).
 */
export function FileField({ id, label, hint, error, files, onFiles }: FileFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={id} label={label} hint={hint} errorText={error}>
      {(control) => (
        <Upload.Dragger
          {...control}
          multiple
          fileList={files.map(toUploadFile)}
          beforeUpload={() => false}
          onChange={({ fileList }) => onFiles(fileList.flatMap((entry) => (entry.originFileObj ? [entry.originFileObj as File] : [])))}
          height={88}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden="true" />
          </p>
          <p className="ant-upload-text">{t('lifecycle.attachment.dropHere')}</p>
        </Upload.Dragger>
      )}
    </FormField>
  );
}

/** Puts the keyboard on the drop area of a file field (its input is hidden), e.g. to show what is wrong with it. */
export function focusFileField(id: string): void {
  document.getElementById(id)?.closest<HTMLElement>('[role=button]')?.focus();
}
