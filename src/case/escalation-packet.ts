import { packetFields, type PacketField } from '../catalogue/packet-fields.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { NO_CODE, SCREEN_CODE, type RankedCause } from '../engine/types.ts';
import type { CaseState } from './case-params.ts';
import { causeTitle, questionView } from './question-view.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';

export type PacketLine = { label: string; value: string };
export type Identifiers = { merchantNo: string; terminalNo: string; serialNo: string };

/** What to read out to the acquirer's hotline, from the case and this device's identifiers. */
export function escalationPacket(
  catalogue: Catalogue,
  state: CaseState,
  ids: Identifiers,
  causes: RankedCause[],
  when: Date,
  lang: Lang,
  t: Translate,
  withAnswers = false,
  /** What to show for a number not typed yet: where it can be typed, when it can. */
  missingId = t('notGiven'),
  /** The fields the call to make names; absent: what a sale's paperwork gives. */
  asked?: readonly PacketField[],
): PacketLine[] {
  const family = catalogue.families.find((f) => f.id === state.family);
  const code = state.answers[SCREEN_CODE];
  const screenText = family?.screenTexts[0] ?? '';
  // The answer id "none" is not something to read out: say what the screen showed.
  const codeText =
    code === NO_CODE
      ? t('codeTextOnly', { text: screenText })
      : code && code !== 'dont-know'
        ? code
        : screenText;
  const tried = state.failedFixes.map(
    (f) => catalogue.fixes.find((x) => x.id === f)?.title[lang] ?? f,
  );
  const value: Record<PacketField, string> = {
    merchantNo: ids.merchantNo || missingId,
    terminalNo: ids.terminalNo || missingId,
    serialNo: ids.serialNo || missingId,
    registrant: t('sayOnCall'),
    phone: t('sayOnCall'),
    time: new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(when),
    amount: t('fillOnSlip'),
    code: codeText,
    traceNo: t('fillOnSlip'),
    orderNo: t('onCustomerBill'),
    plateNo: t('onPlate'),
    iccid: t('onSim'),
    tried: tried.join(lang === 'zh' ? '；' : '; ') || t('nothingYet'),
    photo: t('takePhoto'),
  };
  const top = causes[0];
  // "None of these fits": the hotline gets everything that was checked, in words.
  const checked = withAnswers
    ? state.order
        .filter((q) => state.answers[q] !== DONT_KNOW)
        .flatMap((q) => {
          const view = questionView(catalogue, state.family, q, lang, t);
          const answer = view?.answers.find((a) => a.id === state.answers[q])?.label;
          return view && answer ? [`${view.text} ${answer}`] : [];
        })
    : [];
  return [
    { label: t('packetFamily'), value: family?.title[lang] ?? state.family },
    ...packetFields(state.family, asked).map((field) => ({
      label: t(`packet_${field}`),
      value: value[field],
    })),
    ...(top && !withAnswers
      ? [{ label: t('packetLikely'), value: causeTitle(catalogue, top.id, lang, t) }]
      : []),
    ...(checked.length
      ? [{ label: t('packetChecked'), value: checked.join(lang === 'zh' ? '；' : '; ') }]
      : []),
  ];
}

export const packetText = (lines: PacketLine[], lang: Lang): string =>
  lines.map((l) => `${l.label}${lang === 'zh' ? '：' : ': '}${l.value}`).join('\n');
