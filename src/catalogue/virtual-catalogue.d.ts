declare module 'virtual:catalogue-urls' {
  /** Where the catalogue's core and each language's text pack are served (JSON). */
  export const catalogueUrls: Record<'core' | 'text-zh' | 'text-en', string>;
}
