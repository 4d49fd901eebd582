/** Prints one benchmark's figures as an aligned table a reader can compare run to run. */
export function report(title: string, rows: [label: string, value: string, unit: string][]): void {
  const width = Math.max(...rows.map(([l]) => l.length));
  const valueWidth = Math.max(...rows.map(([, v]) => v.length));
  console.log(`\n## ${title}`);
  for (const [label, value, unit] of rows)
    console.log(`  ${label.padEnd(width)}  ${value.padStart(valueWidth)} ${unit}`);
}
