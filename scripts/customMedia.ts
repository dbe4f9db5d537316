import type { Plugin } from 'vite'
import {
  COMPACT_QUERY,
  REDUCED_MOTION_QUERY,
  SHORT_QUERY,
} from '../src/ui/mediaQuery.ts'

/** The custom media the stylesheets may name, and the query each stands for. */
export const CUSTOM_MEDIA: Readonly<Record<string, string>> = {
  '--compact': COMPACT_QUERY,
  '--reduced-motion': REDUCED_MOTION_QUERY,
  '--short': SHORT_QUERY,
}

/**
 * Stylesheets write `@media (--compact)` (custom media, a CSS draft no browser ships yet); this replaces each
 * name with its query from `CUSTOM_MEDIA`, so the breakpoint the CSS uses and the one the code reads are one
 * value. An unknown name fails the build rather than leaving a query that never matches.
 */
export function replaceCustomMedia(css: string, media = CUSTOM_MEDIA): string {
  // Only in an @media prelude: elsewhere `(--name)` is a custom property, as in `var(--accent)`.
  return css.replace(/@media[^{;]*/g, (prelude) =>
    prelude.replace(/\((--[a-z][a-z-]*)\)/g, (_, name: string) => {
      const query = media[name]
      if (query === undefined) throw new Error(`unknown custom media ${name}`)
      return query
    }),
  )
}

/** The Vite plugin: runs on every stylesheet before Vite's own CSS handling, in dev and in the build. */
export function customMedia(): Plugin {
  return {
    name: 'precedent-timeline:custom-media',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id)) return null
      return { code: replaceCustomMedia(code), map: null }
    },
  }
}
