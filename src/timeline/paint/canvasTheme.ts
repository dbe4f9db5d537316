import type { KindFamily } from '../marks/kinds'

/** Colours the canvas paints with, read from the CSS custom properties of the timeline (light or dark). */
export type CanvasTheme = {
  readonly font: string
  readonly text: string
  readonly textMuted: string
  readonly surface: string
  readonly surface2: string
  readonly accent: string
  readonly current: string
  readonly highlight: string
  readonly kinds: Readonly<Record<KindFamily, string>>
}

const FAMILIES: readonly KindFamily[] = [
  'accord',
  'talks',
  'words',
  'force',
  'body',
  'other',
]

/**
 * The light theme: the fallbacks when a property is missing (tests: jsdom computes no custom styles), and the
 * colours of an exported figure, which is for print and pages whatever the editor's screen shows.
 */
export const LIGHT: CanvasTheme = {
  font: 'system-ui, sans-serif',
  text: '#1d1f24',
  textMuted: '#555b66',
  surface: '#ffffff',
  surface2: '#f1ede5',
  accent: '#1f4e8c',
  current: '#b3541e',
  highlight: '#fbe7b5',
  kinds: {
    accord: '#2c7a57',
    talks: '#2a5fb0',
    words: '#6b4fa0',
    force: '#a3344a',
    body: '#7a6540',
    other: '#6b6f76',
  },
}

/** The theme as computed for `element` (which inherits the tokens of src/ui/global.css and Timeline.css). */
export function readCanvasTheme(element: Element): CanvasTheme {
  const style = getComputedStyle(element)
  const get = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback
  return {
    font: get('--font-ui', LIGHT.font),
    text: get('--text', LIGHT.text),
    textMuted: get('--text-muted', LIGHT.textMuted),
    surface: get('--surface', LIGHT.surface),
    surface2: get('--surface-2', LIGHT.surface2),
    accent: get('--accent', LIGHT.accent),
    current: get('--current', LIGHT.current),
    highlight: get('--highlight', LIGHT.highlight),
    kinds: Object.fromEntries(
      FAMILIES.map((f) => [f, get(`--tl-k-${f}`, LIGHT.kinds[f])]),
    ) as Record<KindFamily, string>,
  }
}

/** The query under which the tokens switch to the dark theme (src/ui/global.css, Timeline.css). */
export const DARK_QUERY = '(prefers-color-scheme: dark)'

let kept: { isDark: boolean; theme: CanvasTheme } | null = null

/**
 * The theme for the colour scheme `isDark`: read from `element` the first time and kept until the scheme
 * changes, so neither a paint nor a remount (switching lens and back) reads computed style again.
 */
export function canvasTheme(element: Element, isDark: boolean): CanvasTheme {
  if (kept?.isDark !== isDark)
    kept = { isDark, theme: readCanvasTheme(element) }
  return kept.theme
}
