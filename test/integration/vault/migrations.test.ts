import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { openDatabase } from '../../../electron/vault/database';
import { migration001 } from '../../../electron/vault/migrations/001-initial';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/vault/migrations/index';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { Vault } from '../../../electron/vault/vault';
import { tempDir } from '../../helpers/tmp';
import { SAMPLE, newVault } from '../../helpers/vault';

function freshDb() {
  return openDatabase(path.join(tempDir(), 'fresh.attest'), { create: true });
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function catchError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('migration 001 (initial)', () => {
  it('creates the strict tables on a fresh database and sets user_version 1', () => {
    const db = freshDb();
    migrate(db, { target: 1 });
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['audit_log', 'blob', 'blob_chunk', 'engagement', 'engagement_category', 'vault_meta']);
    const strict = db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all();
    expect(strict).toHaveLength(6);
    // STRICT tables refuse a value of the wrong type instead of storing it.
    expect(() =>
      db
        .prepare('INSERT INTO blob (size, chunk_size, state, created_at) VALUES (?, 1, ?, ?)')
        .run('big', 'pending', 'now'),
    ).toThrow(/cannot store TEXT/);
    db.close();
  });

  it('rejects a category outside the five', () => {
    const db = freshDb();
    migrate(db, { target: 1 });
    expect(() => db.prepare('INSERT INTO engagement_category VALUES (?)').run('marketing')).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration runner', () => {
  it('numbers migrations 1..N with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version', () => {
    const db = freshDb();
    const broken = [
      migration001,
      {
        version: 2,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE x (a INTEGER) STRICT; SELECT * FROM nope;'),
      },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow(/no such table: nope/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('does nothing on an up-to-date vault', () => {
    const vault = newVault();
    expect(migrate(vault.db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    vault.close();
  });

  it('refuses a vault from a newer Attest and leaves it untouched', () => {
    const vault = newVault();
    const file = vault.path;
    vault.close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(file);
    const error = catchError(() => Vault.open(file));
    expect(error.code).toBe('vault_error');
    expect(error.message).toMatch(/format 99.*newer Attest/);
    expect(error.details).toMatchObject({ reason: 'from_future', formatVersion: 99 });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('opening a vault', () => {
  it('records its id, format version and creation time, with WAL, foreign keys and 64 KiB pages', () => {
    const now = new Date('2026-03-04T05:06:07.000Z');
    const vault = newVault({ now: () => now });
    const info = vault.info();
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.formatVersion).toBe(LATEST_VERSION);
    expect(info.createdAt).toBe('2026-03-04T05:06:07.000Z');
    expect(info.orgName).toBe(SAMPLE.orgName);
    expect(vault.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(vault.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(vault.db.pragma('page_size', { simple: true })).toBe(65536);
    const file = vault.path;
    vault.close();
    const again = Vault.open(file);
    expect(again.info().id).toBe(info.id);
    again.close();
  });

  it('refuses a SQLite file that is not an Attest vault', () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t (a)');
    other.close();
    const error = catchError(() => Vault.open(file));
    expect(error.code).toBe('vault_error');
    expect(error.message).toMatch(/not an Attest vault/);
  });

  it('refuses a file that is not a database at all', () => {
    const file = path.join(tempDir(), 'notes.attest');
    fs.writeFileSync(file, 'these are not the bytes of a database, just some notes '.repeat(100));
    const error = catchError(() => Vault.open(file));
    expect(error.code).toBe('vault_error');
    expect(error.message).toMatch(/not an Attest vault/);
  });

  it('refuses a missing file and refuses to create over an existing one', () => {
    const dir = tempDir();
    expect(catchError(() => Vault.open(path.join(dir, 'missing.attest'))).message).toMatch(/No vault at/);
    const file = path.join(dir, 'taken.attest');
    fs.writeFileSync(file, 'keep me');
    expect(catchError(() => Vault.create(file, SAMPLE)).code).toBe('conflict');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });
});
