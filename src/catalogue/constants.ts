/**
 * Catalogue values the app needs at run time. They live apart from schema.ts so that
 * importing them does not pull zod into the bundle (docs/decisions/0003).
 */

/** The answer every question implies: "don't know". */
export const DONT_KNOW = 'dont-know';

/** What the acquirer's hotline asks for, in the order it is read out. */
export const PACKET_FIELDS = [
  'merchantNo',
  'terminalNo',
  'serialNo',
  'time',
  'amount',
  'code',
  'traceNo',
  'tried',
] as const;
