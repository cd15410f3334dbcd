/**
 * The Content-Security-Policy of the built page (a meta tag; see page-plugin.ts).
 * Everything comes from the app's own origin: no inline script, no external origin, no
 * plugins. The one inline style element is the page's own stylesheet, allowed by its
 * SHA-256 hash and nothing else. Styles set through the DOM (React's `style` prop) are
 * not inline markup and stay allowed. Not applied in dev, where Vite injects an inline
 * script for hot reload.
 */
export const contentSecurityPolicy = (styleSha256: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${styleSha256}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
