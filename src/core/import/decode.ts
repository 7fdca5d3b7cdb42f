/**
 * Bytes of a survey export to text. Survey tools and Excel write UTF-8 (with or without a byte
 * order mark) or, on older Windows set-ups, Windows-1252. "auto" tries strict UTF-8 first and
 * falls back to Windows-1252 when the bytes are not valid UTF-8 (the usual sign of "é" saved by
 * Excel as one byte); the user can still force either encoding.
 */

export const CSV_ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
export type CsvEncodingChoice = (typeof CSV_ENCODINGS)[number];
export type CsvEncoding = Exclude<CsvEncodingChoice, 'auto'>;

/** Largest file accepted: survey exports are kilobytes; a bigger file is the wrong file. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: CsvEncoding; hadBom: boolean }
  | { ok: false; error: 'empty' | 'tooLarge' | 'binary' | 'spreadsheet' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  // .xlsx/.ods are zip files ("PK\x03\x04"); old .xls files are OLE compound documents.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

function hasNulBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeCsvBytes(bytes: Uint8Array, choice: CsvEncodingChoice = 'auto'): DecodeResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, error: 'tooLarge' };
  if (looksLikeSpreadsheet(bytes)) return { ok: false, error: 'spreadsheet' };
  // UTF-16 exports (Excel "Unicode text") and other binary files contain NUL bytes; CSV never does.
  if (hasNulBytes(bytes)) return { ok: false, error: 'binary' };
  const hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hadBom ? bytes.subarray(3) : bytes;
  let encoding: CsvEncoding = choice === 'auto' ? 'utf-8' : choice;
  let text: string;
  if (choice === 'auto') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(body);
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
  }
  if (!text.trim()) return { ok: false, error: 'empty' };
  return { ok: true, text, encoding, hadBom };
}
