/** Runs one export at a time and says how it went; the page stays usable while the core works. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../../../shared/schemas/stats';
import type { Result } from '../../../../shared/result';
import { downloadFile } from './download-file';

export interface ExportState {
  busy: boolean;
  message: string;
  failed: boolean;
}

export function useExport(): { state: ExportState; run: (make: () => Promise<Result<ExportFile>>) => Promise<void> } {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ busy: false, message: '', failed: false });
  const run = useCallback(
    async (make: () => Promise<Result<ExportFile>>) => {
      setState({ busy: true, message: t('stats.export.busy'), failed: false });
      const result = await make();
      if (result.ok) {
        downloadFile(result.value);
        setState({ busy: false, message: t('stats.export.done', { fileName: result.value.fileName, rows: result.value.rows }), failed: false });
      } else {
        setState({ busy: false, message: t('stats.export.failed', { message: result.error.message }), failed: true });
      }
    },
    [t],
  );
  return { state, run };
}
