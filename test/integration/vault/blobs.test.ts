import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../electron/vault/blobs';
import { Vault } from '../../../electron/vault/vault';
import { newVault } from '../../helpers/vault';

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(p as Buffer);
  return Buffer.concat(parts);
}

/** Yields `bytes` in uneven pieces, as a file stream or an upload would. */
async function* pieces(bytes: Buffer, size = 65_537) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('blob store', () => {
  const sizes = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 50 * 1024 * 1024];
  it.each(sizes)('stores and returns %i bytes exactly, in fixed-size chunks', async (size) => {
    const vault = newVault();
    const bytes = randomBytes(size);
    const put = await vault.blobs.put(pieces(bytes));
    expect(put).toMatchObject({ sha256: sha(bytes), size, existed: false });
    const chunks = vault.db.prepare('SELECT length(data) FROM blob_chunk ORDER BY idx').pluck().all() as number[];
    expect(chunks).toHaveLength(Math.ceil(size / CHUNK_SIZE));
    expect(chunks.slice(0, -1).every((n) => n === CHUNK_SIZE)).toBe(true);
    const back = await readAll(vault.blobs.read(put.sha256));
    expect(back.length).toBe(size);
    expect(back.equals(bytes)).toBe(true);
    vault.close();
  });

  it('stores identical content once and says so', async () => {
    const vault = newVault();
    const bytes = randomBytes(CHUNK_SIZE * 2 + 10);
    const first = await vault.blobs.put(pieces(bytes));
    const second = await vault.blobs.put(pieces(bytes, 1000));
    expect(first.existed).toBe(false);
    expect(second).toMatchObject({ sha256: first.sha256, existed: true, createdAt: first.createdAt });
    expect(vault.blobs.counts()).toEqual({ blobs: 1, chunks: 3, pending: 0 });
    vault.close();
  });

  it('leaves nothing behind when the source fails midway', async () => {
    const vault = newVault();
    async function* failing() {
      yield randomBytes(CHUNK_SIZE + 5);
      throw new Error('disk went away');
    }
    await expect(vault.blobs.put(failing())).rejects.toThrow('disk went away');
    expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
    vault.close();
  });

  it('leaves nothing behind when the write is cancelled', async () => {
    const vault = newVault();
    const controller = new AbortController();
    async function* slow() {
      yield randomBytes(CHUNK_SIZE);
      controller.abort();
      yield randomBytes(10);
    }
    await expect(vault.blobs.put(slow(), { signal: controller.signal })).rejects.toThrow();
    expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
    vault.close();
  });

  it('reclaims a write interrupted by a crash when the vault is next opened', () => {
    const vault = newVault();
    // What a process killed mid-upload leaves: a pending blob with chunks, owned by a dead pid.
    const deadPid = 2 ** 22 + 12345;
    const id = vault.db
      .prepare("INSERT INTO blob (size, chunk_size, state, writer_pid, created_at) VALUES (0, ?, 'pending', ?, 'x')")
      .run(CHUNK_SIZE, deadPid).lastInsertRowid;
    vault.db.prepare('INSERT INTO blob_chunk (blob_id, idx, data) VALUES (?, 0, ?)').run(id, randomBytes(100));
    const file = vault.path;
    vault.close();
    const reopened = Vault.open(file);
    expect(reopened.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
    reopened.close();
  });

  it('reports progress and answers not_found for unknown content', async () => {
    const vault = newVault();
    const seen: number[] = [];
    await vault.blobs.put(pieces(randomBytes(300_000), 100_000), { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100_000, 200_000, 300_000]);
    expect(() => vault.blobs.read('0'.repeat(64))).toThrow(/No blob/);
    vault.close();
  });
});

describe('blob size limit', () => {
  it('refuses a stream past the limit and keeps nothing of it', async () => {
    const vault = newVault();
    await expect(vault.blobs.put(pieces(randomBytes(CHUNK_SIZE * 2)), { maxBytes: CHUNK_SIZE })).rejects.toThrow(
      /limit/,
    );
    expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
    vault.close();
  });
});
