import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Calm and document-like: system fonts, one quiet accent, soft radii. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontWeight: '600',
  },
  cursorType: 'pointer',
});

/**
 * Darker text where Mantine's defaults fall under the WCAG AA contrast of 4.5:1
 * for small text (checked with axe in test/e2e/accessibility.spec.ts): the
 * dimmed grey used for descriptions and hints, coloured text, and the text of
 * light badges, whose pale backgrounds leave yellow, orange and teal too faint.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-orange-text': '#c2410c',
    '--mantine-color-teal-text': '#087f5b',
    '--mantine-color-yellow-text': '#8a5300',
    '--mantine-color-teal-light-color': '#0a6347',
    '--mantine-color-green-light-color': '#1e6b2c',
    '--mantine-color-yellow-light-color': '#7a4a00',
    '--mantine-color-orange-light-color': '#9a3412',
    '--mantine-color-red-light-color': '#b02525',
    '--mantine-color-cyan-light-color': '#0b6477',
  },
  dark: {},
});
