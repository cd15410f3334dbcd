/** Every route of the app, in one place. */
export const paths = {
  home: '/',
  family: (family: string) => `/f/${encodeURIComponent(family)}`,
} as const;
