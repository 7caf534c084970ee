/** Text comparison shared by the HTML and PDF tests: whitespace never matters on paper. */

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** What a reader sees of the body: tags dropped, entities decoded, the hidden font preload left out. */
export function visibleText(html: string): string {
  const body = html
    .replace(/^[\s\S]*<body>/, '')
    .replace(/<div class="font-preload"[^>]*>[^<]*<\/div>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '');
  return body.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The expected strings missing from a text, compared without whitespace. */
export function missingFrom(text: string, expected: readonly string[]): string[] {
  const haystack = squash(text);
  return expected.filter((item) => !haystack.includes(squash(item)));
}
