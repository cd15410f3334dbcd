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
