import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/result';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';

/** The channels that edit the organisation settings; each answers with the settings as they now are. */
export type SettingsChannel =
  | 'settings.saveSite'
  | 'settings.saveDepartment'
  | 'settings.saveCategory'
  | 'settings.saveDeadlineRule'
  | 'settings.deleteDeadlineRule'
  | 'settings.saveValues'
  | 'settings.updateStaff'
  | 'settings.saveRolePermissions';

export type SaveSettings = <C extends SettingsChannel>(channel: C, input: ChannelInput<C>) => Promise<Result<OrgSettings>>;

export type OrgSettingsState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | { status: 'ready'; settings: OrgSettings };

/** The organisation settings, and one way to change them that keeps the screen showing what the core holds. */
export function useOrgSettings(): { state: OrgSettingsState; reload: () => Promise<void>; save: SaveSettings } {
  const [state, setState] = useState<OrgSettingsState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const result = await call('settings.get', {});
    setState(result.ok ? { status: 'ready', settings: result.value } : { status: 'failed', error: result.error });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const save: SaveSettings = useCallback(async (channel, input) => {
    const result = (await call(channel, input)) as Result<OrgSettings>;
    if (result.ok) setState({ status: 'ready', settings: result.value });
    return result;
  }, []);

  return { state, reload, save };
}
