/** Every route of the app, in one place. */
export const paths = {
  home: '/',
  catalogue: '/catalogue',
  question: (family: string) => `/d/${encodeURIComponent(family)}`,
  results: (family: string) => `/d/${encodeURIComponent(family)}/results`,
} as const;

export const routePatterns = {
  question: '/d/:family',
  results: '/d/:family/results',
} as const;
