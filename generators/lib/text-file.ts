// Reading a user's text file without changing a byte of it: Node's 'utf8' decoding silently turns an
// invalid byte into U+FFFD, which a later write would then store. Such a file is refused instead.
import { readFileSync } from 'node:fs';
import { refuse } from './errors.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text; a refusal naming the file and the byte when it is not valid UTF-8. */
export function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    refuse(
      `${file} is not valid UTF-8 (byte ${at}: 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}). ` +
        'Editing it would change that byte. Save the file as UTF-8, then run again.',
    );
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let offset = 0; offset < bytes.length; ) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset] as number;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  if (length === 0 || offset + length > bytes.length) return 0;
  try {
    STRICT_UTF8.decode(bytes.subarray(offset, offset + length));
    return length;
  } catch {
    return 0;
  }
}
