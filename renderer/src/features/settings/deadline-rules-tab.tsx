import { Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { DeadlineRule, OrgSettings } from '../../../../shared/schemas/settings';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { DeadlineRuleForm } from './deadline-rule-form';
import { useCategoryName } from './use-category-name';
import type { SaveSettings } from './use-org-settings';

type Duration = DeadlineRule['response'];

/** 时限规则: response and resolution deadlines per nature and category (seed 004's [X] minutes and days). */
export function DeadlineRulesTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const categoryName = useCategoryName(settings);
  const [editing, setEditing] = useState<DeadlineRule>();
  const [deleting, setDeleting] = useState<DeadlineRule>();
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);

  const duration = (value: Duration) =>
    value ? t('settings.rules.duration', { n: value.amount, unit: t(`settings.rules.units.${value.unit}`) }) : t('settings.rules.none');
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
      formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
    });
  }

  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('settings.rules.title')}</h2>
      <p className="settings-hint">{t('settings.rules.hint')}</p>
      {failure && <ErrorBanner error={failure} />}
      {settings.deadlineRules.length === 0 ? (
        <p className="muted">{t('settings.rules.empty')}</p>
      ) : (
        <div className="settings-table-wrap">
          <table className="settings-table" aria-label={t('settings.rules.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('settings.rules.nature')}</th>
                <th scope="col">{t('settings.rules.category')}</th>
                <th scope="col">{t('settings.rules.response')}</th>
                <th scope="col">{t('settings.rules.resolution')}</th>
                <th scope="col">{t('settings.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {settings.deadlineRules.map((rule) => (
                <tr key={rule.id} className={editing?.id === rule.id ? 'settings-row--editing' : undefined}>
                  <td>{labels.nature(rule.nature)}</td>
                  <td>{categoryName(rule.category)}</td>
                  <td>{duration(rule.response)}</td>
                  <td>{duration(rule.resolution)}</td>
                  <td className="settings-cell--actions">
                    <Button
                     
                      size="small"
                      aria-label={t('settings.rules.editRule', { name: ruleName(rule) })}
                      onClick={() => edit(rule)}
                    >
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div ref={formRef}>
        <DeadlineRuleForm
          key={editing?.id ?? 'new'}
          settings={settings}
          rule={editing}
          save={save}
          onDone={() => setEditing(undefined)}
        />
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
    </section>
  );
}
