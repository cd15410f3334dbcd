import type { Scenario } from '../../catalogue/schema.ts';
import type { Lang } from '../../i18n/i18n.ts';

/** Up to the first full stop (Chinese or Latin), or the whole text when it has none. */
const FIRST_SENTENCE = /^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/;

/**
 * What the caller says first. A quiz shows only this: the whole situation states the
 * facts the trainee is meant to find out by asking. Scenarios without an authored
 * `opening` fall back to the situation's first sentence.
 */
export function openingLine(scenario: Scenario, lang: Lang): string {
  const own = scenario.opening?.[lang];
  if (own) return own;
  const text = scenario.situation[lang];
  return text.match(FIRST_SENTENCE)?.[0] ?? text;
}
