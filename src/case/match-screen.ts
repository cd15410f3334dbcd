import type { Catalogue } from '../catalogue/schema.ts';

export type ScreenMatch = { families: string[]; code?: string | undefined };

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s，。,.:：！!]/g, '');

/**
 * What the screen says -> the fault families it points to, most likely first.
 * A two-character response code also becomes the answer to the code question.
 */
export function matchScreen(catalogue: Catalogue, input: string): ScreenMatch {
  const text = norm(input);
  if (!text) return { families: [] };
  const code = catalogue.responseCodes.find(
    (r) => r.code.toLowerCase() === text.replace(/^code|^应答码/, ''),
  );
  if (code) return { families: code.families, code: code.code };
  const hits = catalogue.families
    .map((f) => {
      const best = Math.max(
        0,
        ...f.screenTexts
          .map(norm)
          .map((s) =>
            s === text ? 3 : s.includes(text) && text.length >= 2 ? 2 : text.includes(s) ? 1 : 0,
          ),
      );
      return { id: f.id, best };
    })
    .filter((h) => h.best > 0)
    .sort((a, b) => b.best - a.best);
  return { families: hits.map((h) => h.id) };
}

const ALNUM = /^[0-9A-Za-z]*$/;

/** '' when fine (or empty: the fields are optional); otherwise the message key and count. */
export function checkIdentifier(
  value: string,
  length: number,
): { error: 'length' | 'charset'; n: number } | null {
  const v = value.trim();
  if (!v) return null;
  if (!ALNUM.test(v)) return { error: 'charset', n: v.length };
  if (v.length !== length) return { error: 'length', n: v.length };
  return null;
}
