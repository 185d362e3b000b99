/**
 * A report file's bytes as text, never altered without a word: every
 * quotation the app gives must be the report's own. UTF-8 is read strictly.
 * A file that is not UTF-8 but is Windows-1252 throughout (as a report saved
 * from an older word processor often is) is read as that, with a warning
 * naming the file; anything else is refused.
 */
import { ReportError } from './errors.js';

export interface DecodedReport {
  text: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  warning?: { line: number; message: string };
}

/**
 * What Windows-1252 puts at 0x80 to 0x9F, where Latin-1 has control codes;
 * every other byte means the same in both. Spelt out here because Node's own
 * decoder reads these bytes as Latin-1 in some versions (20.20 among them),
 * dropping curly quotes and dashes. The five bytes left out are undefined:
 * text with one of them is not Windows-1252 either.
 */
const WINDOWS_1252_EXTRAS = new Map<number, string>([
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'],
  [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'],
  [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'],
  [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
]);

function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 maps each byte to the code point of the same number; then the extras are put in place.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_EXTRAS.get(c.charCodeAt(0))!);
}

export function decodeReport(bytes: Uint8Array, file: string): DecodedReport {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: see what else it can be.
  }
  const lineAt = (offset: number) => lineOf(bytes, offset);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReportError(file, 1, 'this is UTF-16 text; save it as UTF-8 to load it');
  }
  const control = bytes.findIndex(isControlByte);
  if (control >= 0) throw new ReportError(file, lineAt(control), 'this is not a text file');
  const survey = surveyUtf8(bytes);
  if (survey.multibyte) {
    throw new ReportError(
      file,
      lineAt(survey.firstInvalid),
      'this mixes UTF-8 with another encoding, so it cannot be read without changing its text; save it as UTF-8',
    );
  }
  const undefinedByte = bytes.findIndex((b) => b >= 0x80 && b <= 0x9f && !WINDOWS_1252_EXTRAS.has(b));
  if (undefinedByte >= 0) {
    throw new ReportError(file, lineAt(undefinedByte), 'this is neither UTF-8 nor Windows-1252 text; save it as UTF-8');
  }
  return {
    text: decodeWindows1252(bytes),
    warning: {
      line: lineAt(survey.firstInvalid),
      message: 'this is not UTF-8, so it was read as Windows-1252; check its quotation marks and symbols, or save it as UTF-8',
    },
  };
}

/** C0 controls other than tab, line breaks and form feed, and DEL: found in binary files, not in text. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/** The 1-based line of the byte at `offset`. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Where the bytes stop being UTF-8, and whether they hold any well-formed
 * UTF-8 beyond ASCII: if so, the file mixes encodings.
 */
function surveyUtf8(bytes: Uint8Array): { firstInvalid: number; multibyte: boolean } {
  let firstInvalid = -1;
  let multibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (length > 1) multibyte = true;
      i += length;
    }
  }
  return { firstInvalid, multibyte };
}

/** The length of the well-formed UTF-8 sequence starting at `i` with a lead byte of 0x80 or more, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  // The second byte's range, which excludes overlong forms and surrogates (RFC 3629).
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}
