import { createContext, useContext, type ReactNode } from 'react';
import type { Catalogue } from '../catalogue/schema.ts';

const CatalogueContext = createContext<Catalogue | null>(null);

/** The app passes the built catalogue; tests pass fixtures. */
export function CatalogueProvider({
  catalogue,
  children,
}: {
  catalogue: Catalogue;
  children: ReactNode;
}) {
  return <CatalogueContext.Provider value={catalogue}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): Catalogue {
  const catalogue = useContext(CatalogueContext);
  if (!catalogue) throw new Error('useCatalogue outside CatalogueProvider');
  return catalogue;
}
