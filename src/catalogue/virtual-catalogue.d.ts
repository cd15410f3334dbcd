declare module 'virtual:catalogue' {
  import type { Catalogue } from './schema.ts';
  export const catalogue: Catalogue;
}
