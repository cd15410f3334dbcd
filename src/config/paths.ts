/** Every route of the app, in one place. */
export const paths = {
  home: '/',
  catalogue: '/catalogue',
  training: '/training',
  outcomes: '/outcomes',
  tell: '/tell',
  openCode: '/c',
  demo: (id: string) => `/training/${encodeURIComponent(id)}/demo`,
  quiz: (id: string) => `/training/${encodeURIComponent(id)}/quiz`,
  question: (family: string) => `/d/${encodeURIComponent(family)}`,
  results: (family: string) => `/d/${encodeURIComponent(family)}/results`,
} as const;

export const routePatterns = {
  openCode: '/c/:code?',
  question: '/d/:family',
  results: '/d/:family/results',
  demo: '/training/:id/demo',
  quiz: '/training/:id/quiz',
} as const;
