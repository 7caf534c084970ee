import { describe, expect, it } from 'vitest';
import { emptyIntake, firstInvalidField, isDirty, REFER_TO_MANAGER, validateIntake, type IntakeValues } from '../../renderer/src/features/intake/intake-values';

const NOW = new Date(2026, 10, 23, 14, 5).getTime();

function filled(overrides: Partial<IntakeValues> = {}): IntakeValues {
  return {
    ...emptyIntake(NOW),
    channel: 'phone',
    complainantName: '李建国',
    phone: '138 0013 8000',
    content: '卫生间漏水',
    category: 'property_management',
    ...overrides,
  };
}

describe('intake values', () => {
  it('start with the time received set to now and the nature not judged', () => {
    const values = emptyIntake(NOW);
    expect(values.receivedAt).toBe('2026-11-23T14:05');
    expect(values.nature).toBe('unjudged');
    expect(isDirty(values, emptyIntake(NOW))).toBe(false);
    expect(isDirty({ ...values, content: 'x' }, values)).toBe(true);
  });

  it('mark every missing required field with errors.required', () => {
    const result = validateIntake(emptyIntake(NOW));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      channel: 'errors.required',
      complainantName: 'errors.required',
      content: 'errors.required',
      category: 'errors.required',
    });
    expect(result.errors.phone).toBeUndefined();
    expect(firstInvalidField(result.errors)).toBe('channel');
  });

  it('treat a name of only spaces as missing', () => {
    const result = validateIntake(filled({ complainantName: '   ' }));
    expect(result).toEqual({ ok: false, errors: { complainantName: 'errors.required' } });
  });

  it('translate a bad phone and a missing or impossible time', () => {
    expect(validateIntake(filled({ phone: 'abc' }))).toEqual({ ok: false, errors: { phone: 'errors.phone' } });
    const empty = validateIntake(filled({ receivedAt: '' }));
    expect(empty.ok || empty.errors.receivedAt).toBe('errors.required');
    const impossible = validateIntake(filled({ receivedAt: '2026-02-30T10:00' }));
    expect(impossible.ok || impossible.errors.receivedAt).toBe('errors.invalid');
  });

  it('turn a complete form into a case input with the time as epoch milliseconds', () => {
    const result = validateIntake(filled({ site: '  翠湖苑 ' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({ channel: 'phone', site: '翠湖苑', receivedAt: NOW, nature: 'unjudged' });
  });

  it('send 交经理判定 as a registration without a nature, referred to the manager', () => {
    const result = validateIntake(filled({ nature: REFER_TO_MANAGER }));
    expect(result.ok && result.input).toMatchObject({ nature: 'unjudged', referToManager: true });
  });

  it('ask for the explanation given to the customer when 无效 is chosen, and only then', () => {
    const missing = validateIntake(filled({ nature: 'invalid' }));
    expect(missing).toEqual({ ok: false, errors: { invalidExplanation: 'errors.required' } });
    expect(!missing.ok && firstInvalidField(missing.errors)).toBe('invalidExplanation');
    const given = validateIntake(filled({ nature: 'invalid' }), { invalidExplanation: '属市政供水，已告知自来水公司电话' });
    expect(given.ok && given.input.invalidExplanation).toBe('属市政供水，已告知自来水公司电话');
    const valid = validateIntake(filled({ nature: 'valid' }), { invalidExplanation: '上次选无效时写的' });
    expect(valid.ok && valid.input.invalidExplanation).toBeUndefined();
  });

  it('refuse 当场解决 for an invalid complaint or one referred to the manager, on the nature field', () => {
    for (const nature of ['invalid', REFER_TO_MANAGER]) {
      const result = validateIntake(filled({ nature }), { onTheSpotResult: '已换门禁卡', invalidExplanation: '说明' });
      expect(result).toEqual({ ok: false, errors: { nature: 'errors.onTheSpotNature' } });
    }
  });
});
