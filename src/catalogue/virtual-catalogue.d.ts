declare module 'virtual:catalogue-urls' {
  /** Where each part of the catalogue is served (JSON): see catalogue-plugin.ts. */
  export const catalogueUrls: Record<
    'core' | 'text-zh' | 'text-en' | 'index-zh' | 'index-en',
    string
  >;
}
