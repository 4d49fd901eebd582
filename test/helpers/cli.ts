import type { CliIo } from '../../electron/cli/io';

/** A CLI output that keeps what a command printed, line by line, for the test to read. */
export function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}
