import type { PlanFile } from '../../../../shared/check/plan';

/** Saves a file the host produced (CSV as text, PDF as base64) through the browser's download. */
export function saveFile(file: PlanFile): void {
  const bytes =
    file.mediaType === 'application/pdf' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
