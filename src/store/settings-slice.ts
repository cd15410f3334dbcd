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
  /** Not persisted: a trainee's quiz score for this visit; each scenario counts once. */
  quiz: { right: number; answered: string[] };
  recordQuiz: (scenario: string, right: boolean) => void;
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  lang: detectLang(),
  setLang: (lang) => set({ lang }),
  agentMode: false,
  setAgentMode: (agentMode) => set({ agentMode }),
  notice: null,
  setNotice: (notice) => set({ notice }),
  quiz: { right: 0, answered: [] },
  recordQuiz: (scenario, right) =>
    set((s) =>
      s.quiz.answered.includes(scenario)
        ? s
        : {
            quiz: {
              right: s.quiz.right + (right ? 1 : 0),
              answered: [...s.quiz.answered, scenario],
            },
          },
    ),
});
