import { loadContent } from '../data/loadContent'
import type { ContentSource } from '../store/contentSlice'
import type { LoadFn } from '../ui/ContentLoader'

/** The loader for a source. Opened files are already validated; a refused path fails with its reason. */
export function loaderFor(source: ContentSource): LoadFn {
  switch (source.kind) {
    case 'featured':
      return (signal) => loadContent(undefined, undefined, signal)
    case 'folder':
      return (signal) => loadContent(source.baseUrl, undefined, signal)
    case 'refused':
      return () =>
        Promise.resolve({
          status: 'unavailable',
          // Named after the address's `?timeline=` parameter, which is what was refused.
          problems: [{ path: 'timeline', message: source.message }],
        })
    case 'opened':
      return () =>
        Promise.resolve({
          status: 'loaded',
          dataset: source.dataset,
          warnings: source.warnings,
        })
  }
}
