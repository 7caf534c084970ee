import { Button, Empty, Space, Table } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { DeadlineRule, OrgSettings } from '../../../../shared/schemas/settings';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { DeadlineRuleForm } from './deadline-rule-form';
import { SectionCard } from '../../ui/section-card';
import { useCategoryName } from './use-category-name';
import type { SaveSettings } from './use-org-settings';

type Duration = DeadlineRule['response'];

/** 时限规则: response, acceptance and resolution deadlines per nature and category, on a working or elapsed clock (seed 004's [X] minutes). */
export function DeadlineRulesTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const categoryName = useCategoryName(settings);
  const [editing, setEditing] = useState<DeadlineRule>();
  const [deleting, setDeleting] = useState<DeadlineRule>();
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);

  const duration = (value: Duration, rule: DeadlineRule) =>
    value
      ? t('settings.rules.duration', {
          n: value.amount,
          unit: t(rule.clock === 'elapsed' ? `settings.rules.elapsedUnits.${value.unit}` : `settings.rules.units.${value.unit}`),
        })
      : t('settings.rules.none');
  const ruleName = (rule: DeadlineRule) => `${labels.nature(rule.nature)} · ${categoryName(rule.category)}`;

  async function remove(rule: DeadlineRule) {
    setDeleting(undefined);
    setPending(true);
    const result = await save('settings.deleteDeadlineRule', { id: rule.id });
    setPending(false);
    setFailure(result.ok ? undefined : result.error);
    if (result.ok && editing?.id === rule.id) setEditing(undefined);
  }

  function edit(rule: DeadlineRule) {
    setEditing(rule);
    // The form is below the table: bring it into view and put the cursor in it.
    requestAnimationFrame(() => {
      formRef.current?.scrollIntoView({ block: 'nearest' });
      formRef.current?.querySelector<HTMLElement>('input')?.focus();
    });
  }

  return (
    <SectionCard size="small" titleId="rules-title" title={t('settings.rules.title')} intro={t('settings.rules.hint')}>
      {failure && <ErrorBanner error={failure} />}
      {settings.deadlineRules.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.rules.empty')} />
      ) : (
        <Table<DeadlineRule>
          size="small"
          pagination={false}
          aria-label={t('settings.rules.caption')}
          rowKey="id"
          dataSource={settings.deadlineRules}
          rowClassName={(rule) => (editing?.id === rule.id ? 'settings-row--editing' : '')}
          columns={[
            { key: 'nature', title: t('settings.rules.nature'), render: (_, rule) => labels.nature(rule.nature) },
            { key: 'category', title: t('settings.rules.category'), render: (_, rule) => categoryName(rule.category) },
            { key: 'clock', title: t('settings.rules.clock'), render: (_, rule) => t(`settings.rules.clocks.${rule.clock}`) },
            { key: 'response', title: t('settings.rules.response'), render: (_, rule) => duration(rule.response, rule) },
            { key: 'acceptance', title: t('settings.rules.acceptance'), render: (_, rule) => duration(rule.acceptance, rule) },
            { key: 'resolution', title: t('settings.rules.resolution'), render: (_, rule) => duration(rule.resolution, rule) },
            {
              key: 'actions',
              title: t('settings.list.actions'),
              render: (_, rule) => (
                <Space size="small">
                  <Button size="small" aria-label={t('settings.rules.editRule', { name: ruleName(rule) })} onClick={() => edit(rule)}>
                    {t('settings.rules.edit')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('settings.rules.deleteRule', { name: ruleName(rule) })}
                    disabled={pending}
                    onClick={() => setDeleting(rule)}
                  >
                    {t('settings.rules.delete')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <div ref={formRef}>
        <DeadlineRuleForm key={editing?.id ?? 'new'} settings={settings} rule={editing} save={save} onDone={() => setEditing(undefined)} />
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('settings.rules.deleteTitle')}
          body={t('settings.rules.deleteBody', { name: ruleName(deleting) })}
          confirmLabel={t('settings.rules.delete')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </SectionCard>
  );
}
