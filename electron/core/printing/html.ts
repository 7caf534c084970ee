/**
 * Escaping for the three places user text lands in a printed form: HTML text
 * and attributes, CSS strings (the page footer is drawn by @page margin
 * boxes, whose text is a CSS string), and URLs we put in attributes.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A double-quoted CSS string. Quotes and backslashes are escaped as CSS
 * requires, `<` and `>` as hex escapes so the string can never close the
 * surrounding <style> element, and control characters (line breaks) become
 * spaces: a footer is one line.
 */
export function cssString(text: string): string {
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"') body += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) body += ' ';
    else if (char === '<' || char === '>') body += `\\${code.toString(16)} `;
    else body += char;
  }
  return `"${body}"`;
}

/** Only inline images: a printed form must never reach out to the network. */
export function isImageDataUrl(url: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/.test(url);
}

/** Text with its line breaks kept, for long fields (the CSS uses pre-wrap). */
export function multiline(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n'));
}
