import type { Area } from '../../catalogue/schema.ts';

/**
 * The order a clerk checks things in, and the order the trainee's question picker
 * lists them: the network, the terminal itself, its software, the merchant's records,
 * the bank link; then the operator's own steps and the customer's card.
 */
export const AREA_ORDER: readonly Area[] = [
  'network',
  'hardware',
  'software',
  'merchant',
  'bank',
  'operator',
  'card',
];

/** Items grouped by area in AREA_ORDER, keeping their order within an area; empty areas left out. */
export function byArea<T extends { area: Area }>(
  items: readonly T[],
): { area: Area; items: T[] }[] {
  return AREA_ORDER.map((area) => ({ area, items: items.filter((x) => x.area === area) })).filter(
    (g) => g.items.length > 0,
  );
}
