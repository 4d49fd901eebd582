import zlib from 'node:zlib';

// yazl computes the CRC-32 of every entry with buffer-crc32, a table walk in
// JavaScript: about 200 MiB/s here, slower than the disk, so a package of
// large evidence would spend most of its time on checksums. Node's own
// zlib.crc32 (Node 20.15+) gives the same numbers about eight times faster.
// Swap it into the very module instance yazl required (the CommonJS one).

type Crc = (input: string | Buffer, partial?: Buffer | number) => number;

let done = false;

export function useFastZipCrc(): void {
  if (done || typeof zlib.crc32 !== 'function' || typeof require !== 'function') return;
  done = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- must be the CommonJS instance yazl itself requires
  const shared = require('buffer-crc32') as { unsigned: Crc };
  const slow = shared.unsigned;
  shared.unsigned = (input, partial) =>
    typeof partial === 'object' ? slow(input, partial) : zlib.crc32(input, partial ?? 0);
}
