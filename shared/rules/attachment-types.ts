/**
 * Which files an attachment may be: what an office expects as evidence
 * (photos, recordings, videos, PDFs, Office documents, text). Anything else
 * — a program, a script, a shortcut, an unknown type — is refused when it
 * is attached and when someone asks to open it, wherever it came from (a
 * sync file included), since the system viewer would run it.
 */
const ALLOWED_EXTENSIONS = new Set([
  // pictures
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'heic', 'heif', 'tif', 'tiff',
  // recordings
  'mp3', 'm4a', 'wav', 'amr', 'aac', 'ogg', 'wma', 'flac',
  // videos
  'mp4', 'mov', 'avi', 'wmv', 'mkv', '3gp', 'webm',
  // documents
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'et', 'dps', 'odt', 'ods', 'odp', 'rtf',
  // text
  'txt', 'csv',
]);

/** Characters that hide a name's real ending: direction overrides and invisible formatting marks. */
const HIDING_CHARACTERS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * The extension Windows would act on: trailing dots and spaces are dropped by Windows (`a.exe.` runs
 * a.exe), so they are dropped here too; a name with hidden direction marks has no trustworthy one.
 */
export function effectiveExtension(fileName: string): string | null {
  if (HIDING_CHARACTERS.test(fileName)) return null;
  const trimmed = fileName.replace(/[.\s]+$/u, '');
  const dot = trimmed.lastIndexOf('.');
  if (dot <= 0 || dot === trimmed.length - 1) return null;
  return trimmed.slice(dot + 1).toLowerCase();
}

export function isAllowedAttachment(fileName: string): boolean {
  const extension = effectiveExtension(fileName);
  return extension !== null && ALLOWED_EXTENSIONS.has(extension);
}

/** What the refusal tells the person they may attach instead. */
export const ALLOWED_ATTACHMENT_KINDS = 'jpg png heic … mp3 m4a amr … mp4 mov … pdf doc(x) xls(x) ppt(x) wps … txt csv';
