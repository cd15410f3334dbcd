import { createContext, use, useContext, type ReactNode } from 'react';
import type { Catalogue } from '../catalogue/schema.ts';

/**
 * A promise React's `use` reads without suspending once it carries
 * `status: 'fulfilled'` and its value (how React itself tracks promises).
 */
export type Thenable<T> = Promise<T>;

export const markSettled = <T,>(promise: Promise<T>, value: T): Thenable<T> =>
  Object.assign(promise, { status: 'fulfilled', value });

export const settled = <T,>(value: T): Thenable<T> => markSettled(Promise.resolve(value), value);

type Source = { catalogue: Catalogue; bilingual: () => Thenable<Catalogue> };
const CatalogueContext = createContext<Source | null>(null);

/**
 * The app passes the catalogue in the language on screen, and a way to get both
 * languages (for tickets and the browser); tests pass a fixture that has both.
 */
export function CatalogueProvider({
  catalogue,
  bilingual,
  children,
}: {
  catalogue: Catalogue;
  bilingual?: () => Thenable<Catalogue>;
  children: ReactNode;
}) {
  const value = { catalogue, bilingual: bilingual ?? (() => settled(catalogue)) };
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

const useSource = (): Source => {
  const source = useContext(CatalogueContext);
  if (!source) throw new Error('useCatalogue outside CatalogueProvider');
  return source;
};

/** The catalogue, readable in the current language. */
export const useCatalogue = (): Catalogue => useSource().catalogue;

/** The catalogue with both languages; suspends until the other language has loaded. */
export const useBilingualCatalogue = (): Catalogue => use(useSource().bilingual());
