import { categoryName, type CategoryId } from '../../../../shared/catalog/categories';
import { countOf, listInWords } from '../../components/format';

export interface CategoriesSaved {
  added: CategoryId[];
  removed: CategoryId[];
  addedControls: string[];
}

/** What a save of the categories did, in a sentence or two. */
export function describeCategoriesSaved({ added, removed, addedControls }: CategoriesSaved): string[] {
  const lines: string[] = [];
  const addedNames = listInWords(added.map(categoryName));
  if (added.length > 0) {
    lines.push(
      addedControls.length > 0
        ? `${countOf(addedControls.length, 'library control')} added for ${addedNames}.`
        : `${addedNames} ${added.length === 1 ? 'is' : 'are'} in scope. No library controls were added: the vault already holds them.`,
    );
  } else if (addedControls.length > 0) {
    lines.push(`${countOf(addedControls.length, 'library control')} added.`);
  }
  if (removed.length > 0) {
    const names = listInWords(removed.map(categoryName));
    lines.push(
      `${names} ${removed.length === 1 ? 'is' : 'are'} out of scope now. ${removed.length === 1 ? 'Its' : 'Their'} controls stay in the vault, shown as out of scope.`,
    );
  }
  if (lines.length === 0) lines.push('Saved. Nothing changed.');
  return lines;
}
