/**
 * Phone numbers as Chinese offices write them, and the key they are
 * searched and compared by. A number is kept as typed (people read it back
 * the way they wrote it); its key is the digits alone, so "158 8888 9017",
 * "158-8888-9017" and "+86 15888889017" are one customer.
 *
 * Accepted: an 11-digit mobile (with +86 / 0086 / 86 in front or not); a
 * landline with its area code (0 and 2-3 digits, then 7-8 digits) or
 * without it (7-8 digits); 400 and 800 numbers; short service numbers
 * (95xxx, 96xxx, 12345, 10086 ...); a number abroad with its country code
 * (+852 ..., Hong Kong and Macao offices among them). A landline, 400/800
 * number or a number abroad may carry an extension: 转 123, ext 123, x123,
 * #123 or a dash and 1-6 digits after a full number.
 */

export interface ParsedPhone {
  /** Digits only, country code 86 dropped, without the extension: what search and duplicate detection compare. */
  key: string;
  extension: string;
}

/** The separators people type between digit groups; brackets around an area code too. */
const SEPARATORS = /[\s\-–—.·()（）]/g;
const EXTENSION = /(?:转|分机|ext\.?|x|#|,)\s*(\d{1,6})$/i;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE_WITH_AREA = /^0[1-9]\d{1,2}[2-9]\d{6,7}$/;
const LOCAL_LANDLINE = /^[2-9]\d{6,7}$/;
const FREEPHONE = /^[48]00\d{7}$/;
const SERVICE = /^(?:9[56]\d{3,6}|12\d{3}|10\d{3,5})$/;
const ABROAD = /^\+(?!86)[1-9]\d{0,2}\d{6,12}$/;

function withoutChinaPrefix(digits: string): string {
  if (digits.startsWith('+86')) return digits.slice(3);
  if (digits.startsWith('0086')) return digits.slice(4);
  if (/^861[3-9]\d{9}$/.test(digits)) return digits.slice(2);
  return digits;
}

/** The number's key and extension, or null when it is not a phone number an office would write. */
export function parsePhone(typed: string): ParsedPhone | null {
  let text = typed.normalize('NFKC').trim();
  if (text === '') return null;
  let extension = '';
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1] ?? '';
    text = text.slice(0, ext.index);
  }
  // A trailing "-123" after a complete landline is its extension, as offices often write it.
  const dashExtension = /^(.*\d)\s*-\s*(\d{1,6})$/.exec(text);
  const main = (value: string) => withoutChinaPrefix(value.replace(SEPARATORS, ''));
  let number = main(text);
  if (!extension && dashExtension && !isNumber(number) && isNumber(main(dashExtension[1] ?? ''))) {
    number = main(dashExtension[1] ?? '');
    extension = dashExtension[2] ?? '';
  }
  if (!isNumber(number)) return null;
  if (extension && (MOBILE.test(number) || SERVICE.test(number))) return null;
  return { key: number.replace('+', ''), extension };
}

function isNumber(number: string): boolean {
  return (
    MOBILE.test(number) ||
    LANDLINE_WITH_AREA.test(number) ||
    LOCAL_LANDLINE.test(number) ||
    FREEPHONE.test(number) ||
    SERVICE.test(number) ||
    ABROAD.test(number)
  );
}

/**
 * The key a stored phone is found by. Numbers saved before validation
 * existed may not parse; their digits are the best key they have.
 */
export function phoneKey(typed: string): string {
  const parsed = parsePhone(typed);
  if (parsed) return parsed.key;
  return withoutChinaPrefix(typed.normalize('NFKC').replace(/[^\d+]/g, '')).replace(/\+/g, '');
}

/** Whether a search is a phone number typed with separators (digits with spaces, dashes, brackets): search its digits. */
export function looksLikePhoneQuery(query: string): boolean {
  const text = query.normalize('NFKC').trim();
  return /^\+?[\d\s\-–—.()（）]+$/.test(text) && /\d.*[\s\-–—.()（）].*\d/.test(text) && text.replace(/\D/g, '').length >= 5;
}
