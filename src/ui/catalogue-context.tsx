import { createContext, use, useContext, type ReactNode } from 'react';
import type { Catalogue } from '../catalogue/schema.ts';
import { settled, type Thenable } from '../lib/shared-promise.ts';

type Source = {
  start: Catalogue;
  full: () => Thenable<Catalogue>;
  bilingual: () => Thenable<Catalogue>;
};
const CatalogueContext = createContext<Source | null>(null);

/**
 * The app passes what the start screen needs (a small index until the whole catalogue
 * is loaded), a way to get the whole catalogue in the language on screen, and one to get
 * both languages (tickets, the browser). Tests pass one fixture that is all three.
 */
export function CatalogueProvider({
  catalogue,
  full,
  bilingual,
  children,
}: {
  catalogue: Catalogue;
  full?: () => Thenable<Catalogue>;
  bilingual?: () => Thenable<Catalogue>;
  children: ReactNode;
}) {
  const whole = () => settled(catalogue);
  const value = { start: catalogue, full: full ?? whole, bilingual: bilingual ?? whole };
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

const useSource = (): Source => {
  const source = useContext(CatalogueContext);
  if (!source) throw new Error('useCatalogue outside CatalogueProvider');
  return source;
};

/** The whole catalogue, readable in the current language; suspends until it has loaded. */
export const useCatalogue = (): Catalogue => use(useSource().full());

/** Families and response codes for the start screen, without waiting for the rest. */
export const useStartCatalogue = (): Catalogue => useSource().start;

/** The catalogue with both languages; suspends until the other language has loaded. */
export const useBilingualCatalogue = (): Catalogue => use(useSource().bilingual());
