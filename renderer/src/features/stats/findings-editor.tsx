import { Button, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FINDINGS_MAX_LENGTH } from '../../../../shared/schemas/stats';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { SectionCard } from '../../ui/section-card';
import type { FindingsState } from './use-findings';

const TITLE_ID = 'stats-findings-title';
const FIELD_ID = 'stats-findings-text';

/** 主要问题及改进建议: the draft or the kept text, edited before the summary is printed and kept with the period. */
export function FindingsEditor({ findings }: { findings: FindingsState }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { loaded, text, setText, dirty, busy, error, save, redraft } = findings;
  const state = !loaded
    ? ''
    : dirty
      ? t('stats.findings.unsaved')
      : loaded.saved && loaded.updatedAt !== null
        ? t('stats.findings.savedAt', { at: formatDateTime(loaded.updatedAt) })
        : t('stats.findings.draft');
  return (
    <SectionCard titleId={TITLE_ID} title={t('stats.findings.title')} intro={t('stats.findings.intro')} size="small" className="stats-card">
      {error && <ErrorBanner error={error} />}
      <FormField id={FIELD_ID} label={t('stats.findings.label')} counter={{ text, max: FINDINGS_MAX_LENGTH }}>
        {(control) => (
          <Input.TextArea {...control} autoSize={{ minRows: 6, maxRows: 20 }} disabled={!loaded} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </FormField>
      <Flex gap="small" align="center" wrap>
        <Button disabled={!loaded || busy || !dirty} onClick={() => void save()}>
          {t('stats.findings.save')}
        </Button>
        <Button disabled={!loaded || busy || text === loaded.draft} onClick={redraft}>
          {t('stats.findings.redraft')}
        </Button>
        <Typography.Text type="secondary" role="status">
          {state}
        </Typography.Text>
      </Flex>
    </SectionCard>
  );
}
