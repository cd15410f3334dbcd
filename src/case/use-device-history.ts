import { useMemo } from 'react';
import { deviceHistory } from '../store/device-history.ts';
import { useLearnSetting } from '../store/learn-setting.ts';
import { useAppStore } from '../store/store.ts';

/** This device's confirmed causes when the user opted in, for the case `caseId` (left out). */
export function useDeviceHistory(caseId: string | undefined) {
  const setting = useLearnSetting();
  const outcomes = useAppStore((s) => s.outcomes);
  return useMemo(() => deviceHistory(setting, outcomes, caseId), [setting, outcomes, caseId]);
}
