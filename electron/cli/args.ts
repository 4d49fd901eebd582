import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with errors turned into one-line usage errors. */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'Bad arguments');
  }
}

export function requirePositional(positionals: string[], index: number, name: string): string {
  const value = positionals[index];
  if (value === undefined || value === '') throw new UsageError(`Missing ${name}`);
  return value;
}

/** "2026-01-01..2026-06-30" → both dates. */
export function parsePeriod(value: string): { periodStart: string; periodEnd: string } {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!match) throw new UsageError(`--period must look like 2026-01-01..2026-06-30, got "${value}"`);
  return { periodStart: match[1]!, periodEnd: match[2]! };
}
