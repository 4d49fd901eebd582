import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError } from '../../shared/contract/errors';
import type { Db } from './database';
import { statement } from './statements';

/** 4 MiB chunks with 64 KiB pages measured fastest here (see DESIGN.md). */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/**
 * Chunks written per commit. Fewer commits means fewer WAL frames to sync;
 * the chunks wait in memory, so memory stays bounded at CHUNK_SIZE times this.
 */
export const CHUNKS_PER_COMMIT = 4;

export interface BlobRef {
  sha256: string;
  size: number;
  createdAt: string;
}

export interface PutResult extends BlobRef {
  /** True when identical bytes were already in the vault and nothing new was stored. */
  existed: boolean;
}

export interface PutOptions {
  signal?: AbortSignal;
  /** Refuse (and leave nothing behind) once more than this many bytes arrive. */
  maxBytes?: number;
  onProgress?: (bytesSoFar: number) => void;
}

const SQL = {
  insertPending: "INSERT INTO blob (size, chunk_size, state, writer_pid, created_at) VALUES (0, ?, 'pending', ?, ?)",
  // Bytes compaction reclaimed come back into their old row, which removed items still name.
  insertReady:
    "INSERT INTO blob (sha256, size, chunk_size, state, created_at) VALUES (?, ?, ?, 'ready', ?) ON CONFLICT (sha256) DO UPDATE SET reclaimed_at = NULL, chunk_size = excluded.chunk_size RETURNING id",
  reclaimedId: 'SELECT id FROM blob WHERE sha256 = ? AND reclaimed_at IS NOT NULL',
  moveChunks: 'UPDATE blob_chunk SET blob_id = ? WHERE blob_id = ?',
  revive: 'UPDATE blob SET reclaimed_at = NULL, chunk_size = ? WHERE id = ?',
  insertChunk: 'INSERT INTO blob_chunk (blob_id, idx, data) VALUES (?, ?, ?)',
  makeReady: "UPDATE blob SET sha256 = ?, size = ?, state = 'ready', writer_pid = NULL WHERE id = ?",
  deleteById: 'DELETE FROM blob WHERE id = ?',
  stat: "SELECT sha256, size, created_at AS createdAt FROM blob WHERE sha256 = ? AND state = 'ready' AND reclaimed_at IS NULL",
  chunkCount:
    "SELECT id, (SELECT count(*) FROM blob_chunk WHERE blob_id = blob.id) AS chunks FROM blob WHERE sha256 = ? AND state = 'ready' AND reclaimed_at IS NULL",
  chunk: 'SELECT data FROM blob_chunk WHERE blob_id = ? AND idx = ?',
} as const;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('invalid_input', `The file is larger than the ${maxBytes.toLocaleString('en-US')}-byte limit`);
}

/**
 * Pieces as they arrive, cut into fixed-size chunks. Pieces are kept, not
 * copied, until a chunk is full, so a small file never costs a chunk-sized
 * buffer. Sources must not reuse a piece's memory after yielding it (Node's
 * streams never do).
 */
class Chunker {
  private pieces: Buffer[] = [];
  private pending = 0;
  constructor(private readonly chunkSize: number) {}

  get buffered(): number {
    return this.pending;
  }

  push(piece: Buffer): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.pending += piece.length;
  }

  /** A full chunk, or undefined while fewer than chunkSize bytes wait. */
  take(): Buffer | undefined {
    if (this.pending < this.chunkSize) return undefined;
    const first = this.pieces[0]!;
    if (first.length >= this.chunkSize) {
      // A large piece is cut without copying.
      this.pieces[0] = first.subarray(this.chunkSize);
      if (this.pieces[0].length === 0) this.pieces.shift();
      this.pending -= this.chunkSize;
      return first.subarray(0, this.chunkSize);
    }
    const chunk = Buffer.allocUnsafe(this.chunkSize);
    let filled = 0;
    while (filled < this.chunkSize) {
      const piece = this.pieces[0]!;
      const n = Math.min(piece.length, this.chunkSize - filled);
      piece.copy(chunk, filled, 0, n);
      filled += n;
      if (n === piece.length) this.pieces.shift();
      else this.pieces[0] = piece.subarray(n);
    }
    this.pending -= this.chunkSize;
    return chunk;
  }

  /** What is left (less than a chunk), as one buffer. */
  rest(): Buffer | undefined {
    if (this.pending === 0) return undefined;
    const rest = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces, this.pending);
    this.pieces = [];
    this.pending = 0;
    return rest;
  }
}

/**
 * Evidence bytes, content-addressed by SHA-256, in fixed-size chunks inside
 * the vault. Bytes stream in and out one chunk at a time.
 */
export class BlobStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string,
    readonly chunkSize = CHUNK_SIZE,
    readonly chunksPerCommit = CHUNKS_PER_COMMIT,
  ) {}

  /** Streams bytes into the vault; see putThen. */
  put(source: AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<PutResult> {
    return this.putThen(source, options, (blob) => blob);
  }

  /**
   * Streams bytes into the vault, then runs `finish` inside the transaction
   * that makes the blob ready, so whatever refers to the blob (an evidence
   * item) commits with it or not at all. Chunks land in a 'pending' blob in
   * batches while the bytes arrive; on any failure the pending blob and its
   * chunks are deleted, so nothing is left behind.
   */
  async putThen<T>(source: AsyncIterable<Uint8Array>, options: PutOptions, finish: (blob: PutResult) => T): Promise<T> {
    const createdAt = this.now();
    // The pending row is created with the first full batch, so a small file
    // costs one commit (the final one), and a duplicate small file none.
    let blobId: number | undefined;
    let index = 0;
    const writeBatch = (chunks: Buffer[]): void => {
      const id = (blobId ??= Number(
        statement(this.db, SQL.insertPending).run(this.chunkSize, process.pid, createdAt).lastInsertRowid,
      ));
      const insert = statement(this.db, SQL.insertChunk);
      for (const chunk of chunks) insert.run(id, index++, chunk);
    };
    // Synchronous batches only: no await may fall inside an open transaction.
    const insertBatch = this.db.transaction(writeBatch);
    const hash = createHash('sha256');
    const chunker = new Chunker(this.chunkSize);
    const full: Buffer[] = [];
    let size = 0;
    try {
      for await (const piece of source) {
        options.signal?.throwIfAborted();
        const bytes = piece instanceof Buffer ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        hash.update(bytes);
        size += bytes.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw tooLarge(options.maxBytes);
        chunker.push(bytes);
        for (let chunk = chunker.take(); chunk; chunk = chunker.take()) {
          full.push(chunk);
          if (full.length === this.chunksPerCommit) insertBatch(full.splice(0));
        }
        options.onProgress?.(size);
      }
      options.signal?.throwIfAborted();
      const rest = chunker.rest();
      if (rest) full.push(rest);
      const sha256 = hash.digest('hex');
      return this.db
        .transaction((): T => {
          const existing = this.stat(sha256);
          if (existing) {
            // Rolled back with the rest if finish fails; the catch below deletes it then.
            if (blobId !== undefined) statement(this.db, SQL.deleteById).run(blobId);
            return finish({ ...existing, existed: true });
          }
          if (blobId === undefined) {
            // Everything arrived in this last batch: the blob is born ready.
            this.insertReady(sha256, size, full, createdAt);
          } else {
            // The last chunks land in the same transaction that makes the blob ready.
            writeBatch(full);
            const reclaimed = statement(this.db, SQL.reclaimedId, 'pluck').get(sha256) as number | undefined;
            if (reclaimed === undefined) {
              statement(this.db, SQL.makeReady).run(sha256, size, blobId);
            } else {
              // The bytes compaction reclaimed are back: they join the row removed items still name.
              statement(this.db, SQL.moveChunks).run(reclaimed, blobId);
              statement(this.db, SQL.deleteById).run(blobId);
              statement(this.db, SQL.revive).run(this.chunkSize, reclaimed);
            }
          }
          return finish({ sha256, size, createdAt, existed: false });
        })
        .immediate();
    } catch (error) {
      if (blobId !== undefined) statement(this.db, SQL.deleteById).run(blobId);
      throw error;
    }
  }

  /**
   * Stores bytes already in memory (small files read in one go), in the
   * caller's transaction when there is one; identical bytes are not stored twice.
   */
  putBytes(bytes: Buffer, sha256: string = createHash('sha256').update(bytes).digest('hex')): PutResult {
    const store = (): PutResult => {
      const existing = this.stat(sha256);
      if (existing) return { ...existing, existed: true };
      const chunks: Buffer[] = [];
      for (let offset = 0; offset < bytes.length; offset += this.chunkSize) {
        chunks.push(bytes.subarray(offset, offset + this.chunkSize));
      }
      const createdAt = this.now();
      this.insertReady(sha256, bytes.length, chunks, createdAt);
      return { sha256, size: bytes.length, createdAt, existed: false };
    };
    // Inside a write already: the caller's transaction covers it (and building one per call is not free).
    return this.db.inTransaction ? store() : this.db.transaction(store)();
  }

  private insertReady(sha256: string, size: number, chunks: readonly Buffer[], createdAt: string): void {
    const id = statement(this.db, SQL.insertReady, 'pluck').get(sha256, size, this.chunkSize, createdAt) as number;
    const insert = statement(this.db, SQL.insertChunk);
    chunks.forEach((chunk, i) => insert.run(id, i, chunk));
  }

  stat(sha256: string): BlobRef | undefined {
    return statement(this.db, SQL.stat).get(sha256) as BlobRef | undefined;
  }

  /** A stream of the blob's bytes, one chunk in memory at a time. */
  read(sha256: string): Readable {
    if (!this.stat(sha256)) throw new AppError('not_found', `No blob ${sha256} in this vault`);
    return Readable.from(this.chunks(sha256), { objectMode: false });
  }

  /**
   * The blob's chunks in order, read one at a time as the caller asks:
   * re-hashing thousands of small files this way skips a stream per file.
   */
  *chunks(sha256: string): Generator<Buffer> {
    const row = statement(this.db, SQL.chunkCount).get(sha256) as { id: number; chunks: number } | undefined;
    if (!row) throw new AppError('not_found', `No blob ${sha256} in this vault`);
    const select = statement(this.db, SQL.chunk, 'pluck');
    for (let i = 0; i < row.chunks; i++) yield select.get(row.id, i) as Buffer;
  }

  /** Deletes pending blobs left by a process that died mid-write. */
  removeAbandoned(): number {
    const pending = this.db.prepare("SELECT id, writer_pid AS pid FROM blob WHERE state = 'pending'").all() as {
      id: number;
      pid: number | null;
    }[];
    const del = statement(this.db, SQL.deleteById);
    let removed = 0;
    for (const { id, pid } of pending) {
      if (pid === null || !isAlive(pid)) {
        del.run(id);
        removed += 1;
      }
    }
    return removed;
  }

  counts(): { blobs: number; chunks: number; pending: number } {
    return this.db
      .prepare(
        "SELECT (SELECT count(*) FROM blob WHERE state = 'ready' AND reclaimed_at IS NULL) AS blobs, (SELECT count(*) FROM blob_chunk) AS chunks, (SELECT count(*) FROM blob WHERE state = 'pending') AS pending",
      )
      .get() as { blobs: number; chunks: number; pending: number };
  }
}
