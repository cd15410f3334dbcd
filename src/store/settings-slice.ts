import type { StateCreator } from 'zustand';
import { detectLang, type Lang } from '../i18n/i18n.ts';

export type Notice = 'storageReset' | 'storageUnavailable';

export type SettingsSlice = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Not persisted: what the app should tell the user about storage this session. */
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  lang: detectLang(),
  setLang: (lang) => set({ lang }),
  notice: null,
  setNotice: (notice) => set({ notice }),
});
