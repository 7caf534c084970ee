/**
 * The one Content-Security-Policy of everything the app serves: the
 * desktop app's scheme and the browser host send it on every response, so
 * the page may load only itself, and no other page may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The print preview shows the PDF the print window made, from a blob: URL the page creates.
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
