import type { StateCreator } from 'zustand';
import { detectLang, type Lang } from '../i18n/i18n.ts';

export type Notice = 'storageReset' | 'storageUnavailable';

export type SettingsSlice = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Support-agent mode: read-aloud phrasing and keyboard shortcuts. */
  agentMode: boolean;
  setAgentMode: (on: boolean) => void;
  /** Not persisted: what the app should tell the user about storage this session. */
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  lang: detectLang(),
  setLang: (lang) => set({ lang }),
  agentMode: false,
  setAgentMode: (agentMode) => set({ agentMode }),
  notice: null,
  setNotice: (notice) => set({ notice }),
});
