/**
 * Catalogue values the app needs at run time. They live apart from schema.ts so that
 * importing them does not pull zod into the bundle (docs/decisions/0003).
 */

/** The answer every question implies: "don't know". */
export const DONT_KNOW = 'dont-know';
