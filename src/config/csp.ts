/**
 * The Content-Security-Policy of the built page (a meta tag; see vite.config.ts).
 * Everything comes from the app's own origin: no inline script, no inline style
 * element, no external origin, no plugins. Styles set through the DOM (React's
 * `style` prop) are not inline markup and stay allowed. Not applied in dev, where
 * Vite injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
