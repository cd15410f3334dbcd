import type { Catalogue, Sign, Term } from '../catalogue/schema.ts';
import { seeded } from './rng.ts';

const TERMS: Term[] = ['always', 'usually', 'often', 'seldom', 'rarely', 'never'];

/**
 * A catalogue `factor` times larger: every cause and question copied `factor` times,
 * each copy with the original's signs on the copied questions, one sign in three
 * re-drawn at random. Used to time the engine on a catalogue larger than any real one.
 */
export function enlarge(cat: Catalogue, factor: number, seed = 7): Catalogue {
  const rand = seeded(seed);
  const copies = Array.from({ length: factor }, (_, k) => k);
  const suffix = (id: string, k: number) => (k === 0 ? id : `${id}-x${k}`);
  const signs: Record<string, Sign> = {};
  for (const [cause, sign] of Object.entries(cat.signs))
    for (const k of copies) {
      const answers: Sign['answers'] = {};
      for (const [q, terms] of Object.entries(sign.answers))
        for (const j of copies)
          answers[suffix(q, j)] = Object.fromEntries(
            Object.entries(terms).map(([a, t]) => [
              a,
              rand() < 1 / 3 ? TERMS[Math.floor(rand() * TERMS.length)]! : t,
            ]),
          );
      signs[suffix(cause, k)] = { answers, codes: sign.codes };
    }
  return {
    ...cat,
    families: cat.families.map((f) => ({
      ...f,
      causes: Object.fromEntries(
        Object.entries(f.causes).flatMap(([c, w]) => copies.map((k) => [suffix(c, k), w])),
      ),
    })),
    causes: cat.causes.flatMap((c) => copies.map((k) => ({ ...c, id: suffix(c.id, k) }))),
    questions: cat.questions.flatMap((q) =>
      copies.map((k) => ({
        ...q,
        id: suffix(q.id, k),
        when: q.when.map((w) => ({ ...w, question: suffix(w.question, k) })),
      })),
    ),
    signs,
  };
}
