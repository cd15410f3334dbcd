import { checkIdentifier } from '../case/check-identifier.ts';

export type Identifiers = { merchantNo: string; terminalNo: string; serialNo: string };

/** Both optional; when given, the merchant no. has 15 characters and the terminal no. 8. */
export const identifiersValid = (v: Identifiers): boolean =>
  !checkIdentifier(v.merchantNo, 15) && !checkIdentifier(v.terminalNo, 8);
