// Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, Big5 and GBK/GB18030 by detection.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A file that cannot be read as text; the message is the plain cause. */
export class DecodeError extends Error {}

/** Legacy Chinese encodings we accept from chardet, and the least confidence we trust. */
const LEGACY = new Map([
  ['Big5', 'big5'],
  ['GB18030', 'gb18030'],
]);
const MIN_CONFIDENCE = 50;
/** Control characters other than tab, newline, form feed and carriage return: a sign of binary. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const MAX_CONTROL_SHARE = 0.001;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Decoded {
  text: string;
  encoding: string;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'UTF-16BE');
  if (bytes.includes(0)) throw new DecodeError('binary file (it contains NUL bytes)');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return checked(utf8.decode(bom ? bytes.subarray(3) : bytes), 'UTF-8');
  } catch (e) {
    if (e instanceof DecodeError) throw e;
  }
  const best = chardet.analyse(bytes).find((m) => LEGACY.has(m.name));
  if (best === undefined || best.confidence < MIN_CONFIDENCE) {
    throw new DecodeError('not valid UTF-8, and not recognisable as Big5 or GBK either');
  }
  const text = iconv.decode(Buffer.from(bytes), LEGACY.get(best.name)!);
  if (text.includes('\uFFFD')) throw new DecodeError(`not valid UTF-8, and not valid ${best.name} either`);
  return checked(text, best.name);
}

function checked(text: string, encoding: string): Decoded {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) throw new DecodeError('binary file (control characters in the text)');
  if (text.trim() === '') throw new DecodeError('empty file (no text)');
  return { text, encoding };
}
