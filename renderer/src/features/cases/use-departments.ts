import { useEffect, useState } from 'react';
import type { Department } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';

/** The organisation's departments, in its order, for the department filter. */
export function useDepartments(): Department[] {
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (current && result.ok) setDepartments(result.value.departments);
    });
    return () => {
      current = false;
    };
  }, []);
  return departments;
}
