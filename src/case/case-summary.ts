import { DONT_KNOW } from '../catalogue/constants.ts';
import { saleFields } from '../catalogue/packet-fields.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { PlannedFix, RankedCause } from '../engine/types.ts';
import { percent, translator, type Lang } from '../i18n/i18n.ts';
import type { CaseState } from './case-params.ts';
import type { Identifiers } from './escalation-packet.ts';
import { causeTitle, questionView } from './question-view.ts';

/** What a ticket carries besides the answers: the plan, the case code and link. */
export type SummaryExtras = {
  /** The fix plan as it stands, and how many of its steps come before the call. */
  plan?: { fixes: readonly PlannedFix[]; callAfter: number };
  code?: string | undefined;
  link?: string;
};

/**
 * The case as plain text for a ticket: every answer, the ranking, what was tried, the
 * plan and the next step, the slip's numbers to fill in, and how to reopen the case.
 */
export function caseSummary(
  catalogue: Catalogue,
  state: CaseState,
  ids: Identifiers,
  causes: RankedCause[],
  when: Date,
  lang: Lang,
  extras: SummaryExtras = {},
): string {
  const t = translator(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  // A heading line ends on its colon, with no trailing space.
  const head = (label: string) => `${label}${colon}`.trimEnd();
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
  // The plan's steps, with the call to the acquirer where it comes (decision 0013).
  const steps = extras.plan
    ? extras.plan.fixes.flatMap((f, i) => [
        ...(i === extras.plan?.callAfter ? [t('callStepTitle')] : []),
        fixTitle(f.fix),
      ])
    : [];
  if (extras.plan && extras.plan.callAfter >= extras.plan.fixes.length)
    steps.push(t('callStepTitle'));
  const plan = state.fixed
    ? []
    : [
        line(t('summaryNext'), steps[0] ?? ''),
        head(t('planHeading')),
        ...steps.map((s, i) => `${i + 1}. ${s}`),
      ];
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
    ...saleFields(state.family).map((f) =>
      line(t(`packet_${f}`), t(f === 'orderNo' ? 'onCustomerBill' : 'fillOnSlip')),
    ),
    head(t('summaryAnswers')),
    ...answers,
    head(t('summaryCauses')),
    ...ranked,
    line(t('summaryTried'), state.failedFixes.map(fixTitle).join(lang === 'zh' ? '；' : '; ')),
    ...(state.fixed ? [line(t('summaryFixed'), fixTitle(state.fixed))] : []),
    ...(extras.plan ? plan : []),
    ...(extras.code ? [line(t('caseCode'), extras.code)] : []),
    ...(extras.link ? [line(t('summaryLink'), extras.link)] : []),
  ].join('\n');
}
