import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { RankedCause } from '../engine/types.ts';
import { percent, translator, type Lang } from '../i18n/i18n.ts';
import type { CaseState } from './case-params.ts';
import type { Identifiers } from './escalation-packet.ts';
import { causeTitle, questionView } from './question-view.ts';

/** The case as plain text for a ticket: every answer, the ranking, what was tried. */
export function caseSummary(
  catalogue: Catalogue,
  state: CaseState,
  ids: Identifiers,
  causes: RankedCause[],
  when: Date,
  lang: Lang,
): string {
  const t = translator(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const line = (label: string, value: string) => `${label}${colon}${value || t('notGiven')}`;
  const fixTitle = (id: string) => catalogue.fixes.find((f) => f.id === id)?.title[lang] ?? id;
  const answers = state.order.map((q, i) => {
    const view = questionView(catalogue, state.family, q, lang, t);
    const a = state.answers[q];
    const label =
      a === DONT_KNOW ? t('dontKnow') : (view?.answers.find((x) => x.id === a)?.label ?? a);
    return `${i + 1}. ${view?.text ?? q} — ${label}`;
  });
  const ranked = causes
    .slice(0, 3)
    .map(
      (c, i) => `${i + 1}. ${causeTitle(catalogue, c.id, lang, t)} ${percent(c.probability, lang)}`,
    );
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return [
    t('summaryTitle'),
    line(
      t('packetFamily'),
      catalogue.families.find((f) => f.id === state.family)?.title[lang] ?? state.family,
    ),
    line(t('summaryTime'), time.format(when)),
    line(t('packet_merchantNo'), ids.merchantNo),
    line(t('packet_terminalNo'), ids.terminalNo),
    line(t('packet_serialNo'), ids.serialNo),
    `${t('summaryAnswers')}${colon}`,
    ...answers,
    `${t('summaryCauses')}${colon}`,
    ...ranked,
    line(t('summaryTried'), state.failedFixes.map(fixTitle).join(lang === 'zh' ? '；' : '; ')),
    ...(state.fixed ? [line(t('summaryFixed'), fixTitle(state.fixed))] : []),
  ].join('\n');
}
