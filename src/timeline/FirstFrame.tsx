import { createContext, useContext } from 'react'

/**
 * The timeline's first frame as the build drew it (src/app/prerender/firstFrameSvg.ts): SVG markup of the axis
 * and the marks at first load, for the wide and the compact band. Null when the page was not pre-rendered.
 * The client reads it back from the pre-rendered page before hydrating, so React hydrates the same markup.
 */
export const FirstFrameContext = createContext<string | null>(null)

/** The frame's markup, or null when the page has none. */
export function useFirstFrame(): string | null {
  return useContext(FirstFrameContext)
}

/** The class of the element that holds the first frame (the client reads its markup back before hydrating). */
export const FIRST_FRAME_CLASS = 'tl-first-frame'

/**
 * The still picture shown until the timeline has measured its width and drawn itself live (at once with
 * JavaScript; for good without). Its height is the live view's, so the swap moves nothing below it.
 */
export function FirstFrame({ html, label }: { html: string; label: string }) {
  return (
    <div
      className={FIRST_FRAME_CLASS}
      role="img"
      aria-label={label}
      // Markup the build drew from the same layout and paint as the canvas; never reader input.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
