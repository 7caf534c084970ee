import { Button, Empty, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { saveContractorSchema, type Contractor } from '../../../../shared/schemas/contractors';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { SectionCard } from '../../ui/section-card';
import type { FieldSpec, FormSpec } from '../lifecycle/form-model';
import { translateKey } from '../../i18n/translate-key';
import { SpecFormDialog } from '../lifecycle/spec-form-dialog';

const line = (name: string, maxLength: number, required = false): FieldSpec<{ contractor: Contractor | null }> => ({
  name,
  label: (t) => translateKey(t, `contractors.field.${name}`, name),
  kind: 'text',
  maxLength,
  required,
});

/** A contractor's card: who it is, whom to call, what it built, its contract; active or not. */
const CONTRACTOR_FORM: FormSpec<{ contractor: Contractor | null }> = {
  fields: [
    line('name', 60, true),
    line('contactPerson', 30),
    line('phones', 80),
    { name: 'scope', label: (t) => t('contractors.field.scope'), kind: 'textarea', maxLength: 500 },
    line('contractNumber', 40),
    { name: 'active', label: (t) => t('contractors.field.active'), kind: 'checkbox' },
  ],
  initial: ({ contractor }) => ({
    name: contractor?.name ?? '',
    contactPerson: contractor?.contactPerson ?? '',
    phones: contractor?.phones ?? '',
    scope: contractor?.scope ?? '',
    contractNumber: contractor?.contractNumber ?? '',
    active: contractor === null || contractor.active ? 'true' : '',
  }),
  build: (v, { contractor }) => ({
    ...(contractor ? { id: contractor.id } : {}),
    name: v.name,
    contactPerson: v.contactPerson,
    phones: v.phones,
    scope: v.scope,
    contractNumber: v.contractNumber,
    active: v.active === 'true',
  }),
};

/** The contractors (施工单位) and other outside parties, read from the core; null while reading. */
export function useContractors(): { contractors: Contractor[] | null; failure: AppError | undefined; reload: () => void } {
  const [contractors, setContractors] = useState<Contractor[] | null>(null);
  const [failure, setFailure] = useState<AppError>();
  const reload = useCallback(() => {
    void call('contractors.list', {}).then((result) => {
      if (result.ok) setContractors(result.value);
      else setFailure(result.error);
    });
  }, []);
  useEffect(reload, [reload]);
  return { contractors, failure, reload };
}

/** 施工单位 (seed 003): the contractors notices go to, with their contacts; one no longer working for the office is made inactive, not deleted. */
export function ContractorsTab() {
  const { t } = useTranslation();
  const { contractors, failure, reload } = useContractors();
  const [editing, setEditing] = useState<Contractor | null | 'new'>(null);
  return (
    <SectionCard
      size="small"
      titleId="contractors-title"
      title={t('contractors.title')}
      intro={t('contractors.intro')}
      extra={<Button onClick={() => setEditing('new')}>{t('contractors.add')}</Button>}
    >
      {failure && <ErrorBanner error={failure} />}
      {contractors && contractors.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contractors.empty')} />
      ) : (
        <Table<Contractor>
          size="small"
          rowKey="id"
          loading={contractors === null}
          pagination={false}
          dataSource={contractors ?? []}
          aria-label={t('contractors.caption')}
          columns={[
            { title: t('contractors.field.name'), dataIndex: 'name' },
            { title: t('contractors.field.contactPerson'), render: (_, c) => [c.contactPerson, c.phones].filter(Boolean).join(' ') },
            { title: t('contractors.field.scope'), dataIndex: 'scope' },
            { title: t('contractors.field.contractNumber'), dataIndex: 'contractNumber' },
            {
              title: t('contractors.field.active'),
              render: (_, c) => (c.active ? <Tag color="green">{t('contractors.active')}</Tag> : <Tag>{t('contractors.inactive')}</Tag>),
            },
            {
              title: '',
              render: (_, c) => (
                <Button size="small" aria-label={t('contractors.editNamed', { name: c.name })} onClick={() => setEditing(c)}>
                  {t('contractors.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {editing !== null && (
        <SpecFormDialog
          title={editing === 'new' ? t('contractors.add') : t('contractors.editNamed', { name: editing.name })}
          idPrefix="contractor"
          spec={CONTRACTOR_FORM}
          ctx={{ contractor: editing === 'new' ? null : editing }}
          schema={saveContractorSchema}
          submitLabel={t('common.save')}
          onClose={() => setEditing(null)}
          onSubmit={async (input) => {
            const result = await call('contractors.save', input as ChannelInput<'contractors.save'>);
            if (!result.ok) return { error: result.error };
            setEditing(null);
            reload();
            return null;
          }}
        />
      )}
    </SectionCard>
  );
}
