/**
 * Text as a Windows-1252 file holds it, for tests of reading one: Latin-1
 * characters as their own byte, and the few others the tests use.
 */
const OTHER_BYTES: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const b = c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff) ? c.charCodeAt(0) : OTHER_BYTES[c];
      if (b === undefined) throw new Error(`the tests give ${JSON.stringify(c)} no Windows-1252 byte`);
      return b;
    }),
  );
}
