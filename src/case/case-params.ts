/**
 * A case lives in the URL: `?a=q1.yes_q2.dont-know&x=fix-a&ok=fix-b&o=obs-a&id=k3x9`.
 * Ids are kebab-case and codes alphanumeric, so "." and "_" never occur inside them.
 */
export type CaseState = {
  family: string;
  /** Question ids in the order they were answered. */
  order: string[];
  answers: Record<string, string>;
  failedFixes: string[];
  fixed?: string | undefined;
  /** Observations confirmed from the person's own story: their answers are in `answers`. */
  story?: string[] | undefined;
  /** Fixes offered in the flow that the person chose not to try yet ("keep asking"). */
  deferred?: string[] | undefined;
  id?: string | undefined;
  /** Identifiers a share link carried because its sender chose to include them. */
  identifiers?: Partial<Record<IdentifierParam, string>> | undefined;
};

/** Share-link parameters for the identifiers, and the form each must have. */
export const IDENTIFIER_PARAMS = {
  m: { field: 'merchantNo', pattern: /^[0-9A-Za-z]{15}$/ },
  t: { field: 'terminalNo', pattern: /^[0-9A-Za-z]{8}$/ },
  s: { field: 'serialNo', pattern: /^[0-9A-Za-z-]{1,40}$/ },
} as const;
export type IdentifierParam = (typeof IDENTIFIER_PARAMS)[keyof typeof IDENTIFIER_PARAMS]['field'];

export function serialiseCase(
  state: Omit<CaseState, 'family'>,
  identifiers?: Partial<Record<IdentifierParam, string>>,
): string {
  const params = new URLSearchParams();
  if (state.order.length)
    params.set('a', state.order.map((q) => `${q}.${state.answers[q]}`).join('_'));
  if (state.failedFixes.length) params.set('x', state.failedFixes.join('_'));
  if (state.story?.length) params.set('o', state.story.join('_'));
  if (state.deferred?.length) params.set('d', state.deferred.join('_'));
  if (state.fixed) params.set('ok', state.fixed);
  if (state.id) params.set('id', state.id);
  for (const [name, { field }] of Object.entries(IDENTIFIER_PARAMS)) {
    const value = identifiers?.[field];
    if (value) params.set(name, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The case with one answer set (or changed); a changed answer keeps its place in the order. */
export function withAnswer(state: CaseState, question: string, answer: string): CaseState {
  const order = state.order.includes(question) ? state.order : [...state.order, question];
  return { ...state, order, answers: { ...state.answers, [question]: answer }, fixed: undefined };
}

export const newCaseId = (): string => Math.random().toString(36).slice(2, 10);
