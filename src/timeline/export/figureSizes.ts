/** The sizes a figure is made at: its own module, so the download buttons load without the drawing code. */

export type FigureSize = 'column' | 'slide'

/** The two sizes: a column 1200 px wide (height as needed), a 16:9 slide of 1920×1080 px. */
export const FIGURE_SIZES: Readonly<
  Record<
    FigureSize,
    {
      readonly label: string
      /** The figure's own width (and fixed height, for a slide), px; text sizes are set against these. */
      readonly widthPx: number
      readonly heightPx: number | null
      /** Output px per figure px: a slide is drawn at 1280×720 and enlarged, so its text reads from afar. */
      readonly scale: number
    }
  >
> = {
  column: {
    label: 'Column (1200 px wide)',
    widthPx: 1200,
    heightPx: null,
    scale: 1,
  },
  slide: {
    label: 'Slide (1920 × 1080 px)',
    widthPx: 1280,
    heightPx: 720,
    scale: 1.5,
  },
}
