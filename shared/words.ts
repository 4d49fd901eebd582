/** "1 cell", "3 cells": a count and its noun, for messages (no locale digits: the CLI and stored text read the same everywhere). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
