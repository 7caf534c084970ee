import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addMeasureSchema, completeMeasureSchema, type Measure, type Team } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import type { ChannelInput } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { SectionCard } from '../../ui/section-card';
import { useCan } from '../session/session-context';
import { instantOrUndefined, type FormSpec } from './form-model';
import { SpecFormDialog } from './spec-form-dialog';
import { peopleOptions } from './transition-forms';

const STATE_COLOURS: Record<Measure['state'], string | undefined> = { open: undefined, due_soon: 'gold', overdue: 'red', done: 'green' };

interface MeasureCtx {
  caseId: string;
  settings: OrgSettings;
}

const ADD_MEASURE: FormSpec<MeasureCtx> = {
  fields: [
    { name: 'text', label: (t) => t('lifecycle.field.measureText'), kind: 'textarea', required: true, maxLength: 1000 },
    {
      name: 'ownerId',
      label: (t) => t('lifecycle.field.ownerId'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, ctx, t) => peopleOptions(ctx, t),
    },
    { name: 'dueAt', label: (t) => t('lifecycle.field.measureDueAt'), kind: 'datetime', required: true },
  ],
  initial: () => ({ text: '', ownerId: '', dueAt: '' }),
  build: (v, ctx) => ({ caseId: ctx.caseId, text: v.text, ownerId: v.ownerId || undefined, dueAt: instantOrUndefined(v.dueAt) }),
};

const COMPLETE_MEASURE: FormSpec<{ measureId: string }> = {
  fields: [
    { name: 'note', label: (t) => t('lifecycle.field.measureNote'), kind: 'textarea', maxLength: 2000 },
    { name: 'doneAt', label: (t) => t('lifecycle.field.measureDoneAt'), kind: 'datetime', hint: (_v, _c, t) => t('lifecycle.hint.doneAt') },
  ],
  initial: () => ({ note: '', doneAt: '' }),
  build: (v, ctx) => ({ measureId: ctx.measureId, note: v.note, doneAt: instantOrUndefined(v.doneAt) }),
};

function stateLabel(measure: Measure, t: TFunction): string {
  const late = measure.state === 'done' && measure.dueAt !== null && measure.doneAt !== null && measure.doneAt > measure.dueAt;
  return late ? t('lifecycle.team.doneLate') : t(`lifecycle.team.state.${measure.state}`);
}

interface SpecialTeamPanelProps {
  caseId: string;
  team: Team;
  settings: OrgSettings;
  /** The case is still open: measures can be added and completed. */
  open: boolean;
  onChanged: () => void;
}

/** 专项小组: the leader, the members, and the plan's measures with who answers for each, its deadline and where it stands. */
export function SpecialTeamPanel({ caseId, team, settings, open, onChanged }: SpecialTeamPanelProps) {
  const { t } = useTranslation();
  const can = useCan();
  const formatDateTime = useFormatDateTime();
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<Measure | null>(null);
  const mayHandle = open && can('handle');
  const save = async (result: Result<Team>) => {
    if (!result.ok) return { error: result.error };
    setAdding(false);
    setCompleting(null);
    onChanged();
    return null;
  };
  return (
    <SectionCard
      titleId="team-title"
      title={t('lifecycle.team.title')}
      extra={
        mayHandle && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('lifecycle.team.addMeasure')}
          </Button>
        )
      }
    >
      <p>{t('lifecycle.team.leader', { name: team.leaderName || t('common.empty') })}</p>
      <p>
        {t('lifecycle.team.members')}：
        {team.members.length === 0 ? t('lifecycle.team.noMembers') : team.members.map((m) => <Tag key={`${m.kind}-${m.id}`}>{m.name}</Tag>)}
      </p>
      <h3 className="lc-team__subtitle">{t('lifecycle.team.measures')}</h3>
      {team.measures.length === 0 ? (
        <p className="muted">{t('lifecycle.team.noMeasures')}</p>
      ) : (
        <table className="lc-team__measures" aria-label={t('lifecycle.team.columns')}>
          <thead>
            <tr>
              <th scope="col">{t('lifecycle.field.measureText')}</th>
              <th scope="col">{t('lifecycle.team.owner')}</th>
              <th scope="col">{t('lifecycle.team.due')}</th>
              <th scope="col">{t('lifecycle.team.doneAt')}</th>
              <th scope="col">{t('fields.status')}</th>
              {mayHandle && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {team.measures.map((measure) => (
              <tr key={measure.id}>
                <td>
                  {measure.text}
                  {measure.doneNote && <div className="muted">{measure.doneNote}</div>}
                </td>
                <td>{measure.ownerName}</td>
                <td>{measure.dueAt === null ? '' : formatDateTime(measure.dueAt)}</td>
                <td>{measure.doneAt === null ? '' : formatDateTime(measure.doneAt)}</td>
                <td>
                  <Tag color={STATE_COLOURS[measure.state]}>{stateLabel(measure, t)}</Tag>
                </td>
                {mayHandle && (
                  <td>
                    {measure.state !== 'done' && (
                      <Button size="small" onClick={() => setCompleting(measure)}>
                        {t('lifecycle.team.complete')}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && (
        <SpecFormDialog
          title={t('lifecycle.team.addMeasure')}
          idPrefix="lc-measure"
          spec={ADD_MEASURE}
          ctx={{ caseId, settings }}
          schema={addMeasureSchema}
          submitLabel={t('common.save')}
          onClose={() => setAdding(false)}
          onSubmit={async (input) => save(await call('team.addMeasure', input as ChannelInput<'team.addMeasure'>))}
        />
      )}
      {completing && (
        <SpecFormDialog
          title={t('lifecycle.team.completeTitle', { text: completing.text.slice(0, 30) })}
          idPrefix="lc-measure-done"
          spec={COMPLETE_MEASURE}
          ctx={{ measureId: completing.id }}
          schema={completeMeasureSchema}
          submitLabel={t('common.save')}
          onClose={() => setCompleting(null)}
          onSubmit={async (input) => save(await call('team.completeMeasure', input as ChannelInput<'team.completeMeasure'>))}
        />
      )}
    </SectionCard>
  );
}
