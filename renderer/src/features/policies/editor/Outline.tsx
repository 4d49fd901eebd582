import { Text, UnstyledButton } from '@mantine/core';
import type { OutlineHeading } from './markdown';
import classes from './Editor.module.css';

interface OutlineProps {
  headings: readonly OutlineHeading[];
  onSelect: (heading: OutlineHeading) => void;
}

/** The headings of the text, indented by level; choosing one brings it into view in the editor and preview. */
export function Outline({ headings, onSelect }: OutlineProps) {
  const top = headings.reduce((min, h) => Math.min(min, h.depth), 6);
  return (
    <nav aria-label="Outline" className={classes.outline}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} className={classes.outlineTitle}>
        Outline
      </Text>
      {headings.length === 0 ? (
        <Text size="xs" c="dimmed">
          Headings appear here as you write them (## Purpose).
        </Text>
      ) : (
        <ul className={classes.outlineList}>
          {headings.map((h) => (
            <li key={h.index} style={{ paddingLeft: (h.depth - top) * 12 }}>
              <UnstyledButton className={classes.outlineItem} onClick={() => onSelect(h)} title={h.text}>
                {h.text}
              </UnstyledButton>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
