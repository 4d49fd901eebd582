import type { FontName } from './fonts';

/** Letter, because the readers are US CPA firms; one inch margins, a little more at the top for the running header. */
export const PAGE = {
  size: 'LETTER',
  width: 612,
  height: 792,
  margins: { top: 84, bottom: 76, left: 72, right: 72 },
} as const;

/** Dark grey rather than black reads softer in print; one accent (a deep blue) marks structure. */
export const COLOR = {
  text: '#24292F',
  muted: '#57606A',
  faint: '#8C959F',
  accent: '#1F4E79',
  accentLight: '#E8EEF5',
  rule: '#C9D1D9',
  zebra: '#F5F7F9',
  codeBg: '#F3F4F6',
  stampOk: '#1A6B3C',
  stampDraft: '#9A3412',
  watermark: '#B42318',
} as const;

export interface TextStyle {
  font: FontName;
  size: number;
  /** Baseline to baseline, in points. */
  lineHeight: number;
  color: string;
}

/** The whole type scale. DejaVu Sans is wide with a tall x-height, so sizes are a point below the usual. */
export const TYPE = {
  title: { font: 'Bold', size: 24, lineHeight: 30, color: COLOR.text },
  h1: { font: 'Bold', size: 15, lineHeight: 20, color: COLOR.accent },
  h2: { font: 'Bold', size: 12, lineHeight: 16, color: COLOR.text },
  h3: { font: 'Bold', size: 10.5, lineHeight: 14, color: COLOR.text },
  body: { font: 'Body', size: 9.75, lineHeight: 14.5, color: COLOR.text },
  table: { font: 'Body', size: 8.5, lineHeight: 11.5, color: COLOR.text },
  tableHead: { font: 'Bold', size: 8, lineHeight: 11, color: COLOR.text },
  code: { font: 'Mono', size: 8.25, lineHeight: 11.5, color: COLOR.text },
  small: { font: 'Body', size: 7.5, lineHeight: 10, color: COLOR.muted },
  label: { font: 'Bold', size: 7.5, lineHeight: 10, color: COLOR.muted },
} as const satisfies Record<string, TextStyle>;

/** Vertical rhythm, in points. */
export const SPACE = {
  paragraph: 7,
  block: 11,
  list: 3,
  listIndent: 18,
  beforeHeading: [0, 20, 14, 10],
  afterHeading: [0, 8, 5, 3],
} as const;

export function headingStyle(level: number): TextStyle {
  return level <= 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
}

export function spaceBefore(level: number): number {
  return SPACE.beforeHeading[Math.min(level, 3)] ?? 10;
}

export function spaceAfter(level: number): number {
  return SPACE.afterHeading[Math.min(level, 3)] ?? 3;
}
