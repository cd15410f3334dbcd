/**
 * What the acquirer's hotline asks for, in the order it is read out (review §6.7). Kept
 * apart from constants.ts so that only the screens that show a packet carry the list.
 */
export const PACKET_FIELDS = [
  'merchantNo',
  'terminalNo',
  'serialNo',
  'registrant',
  'phone',
  'time',
  'amount',
  'code',
  'traceNo',
  'orderNo',
  'plateNo',
  'iccid',
  'tried',
  'photo',
] as const;
export type PacketField = (typeof PACKET_FIELDS)[number];

/**
 * Asked on every call: who you are (the hotline checks the registered person and the
 * phone given at sign-up), which terminal, what it shows, what was tried, and a photo.
 */
export const CORE_FIELDS: readonly PacketField[] = [
  'merchantNo',
  'terminalNo',
  'serialNo',
  'registrant',
  'phone',
  'time',
  'code',
  'tried',
  'photo',
];

/** When no call in the plan names its own fields: what a sale's paperwork gives. */
export const saleFields = (family: string): readonly PacketField[] =>
  family === 'scan-pay-missing' ? ['amount', 'orderNo'] : ['amount', 'traceNo'];

/**
 * The packet's fields for a call: the core ones and those the call names (a SIM's ICCID,
 * a plate's number, the order number on the customer's bill), in reading order.
 */
export function packetFields(
  family: string,
  asked: readonly PacketField[] | undefined,
): PacketField[] {
  const wanted = new Set([...CORE_FIELDS, ...(asked ?? saleFields(family))]);
  return PACKET_FIELDS.filter((f) => wanted.has(f));
}
