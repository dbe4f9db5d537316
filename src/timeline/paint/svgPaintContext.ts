/**
 * A stand-in for the few CanvasRenderingContext2D calls `paintMarks` makes, writing SVG elements instead of
 * pixels: the same paint, as a vector picture for export (see `marksSvg.ts`). Only what `paintMarks` uses.
 */

export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'arc'
  | 'roundRect'
  | 'moveTo'
  | 'lineTo'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'setLineDash'
  | 'createLinearGradient'
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'textAlign'
  | 'textBaseline'
>

const SVG_NS = 'http://www.w3.org/2000/svg'

type Gradient = {
  id: string
  x0: number
  x1: number
  stops: [number, string][]
}

/** A context whose drawing lands in `group` (an SVG `<g>`); gradients go into `defs`. */
export function svgPaintContext(
  group: SVGGElement,
  defs: SVGDefsElement,
  idPrefix: string,
): PaintContext {
  const doc = group.ownerDocument
  let path = ''
  let dash: number[] = []
  let gradients = 0
  const add = (
    tag: string,
    attrs: Record<string, string | number>,
    text?: string,
  ) => {
    const el = doc.createElementNS(SVG_NS, tag)
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
    if (text !== undefined) el.textContent = text
    group.appendChild(el)
  }
  const paint = (style: unknown): string => {
    if (typeof style === 'string') return style
    const g = style as Gradient
    if (!doc.getElementById(g.id)) {
      const el = doc.createElementNS(SVG_NS, 'linearGradient')
      el.setAttribute('id', g.id)
      el.setAttribute('gradientUnits', 'userSpaceOnUse')
      el.setAttribute('x1', String(g.x0))
      el.setAttribute('x2', String(g.x1))
      for (const [offset, colour] of g.stops) {
        const stop = doc.createElementNS(SVG_NS, 'stop')
        stop.setAttribute('offset', String(offset))
        stop.setAttribute('stop-color', colour)
        el.appendChild(stop)
      }
      defs.appendChild(el)
    }
    return `url(#${g.id})`
  }
  const ctx = {
    font: '12px sans-serif',
    fillStyle: '#000' as CanvasRenderingContext2D['fillStyle'],
    strokeStyle: '#000' as CanvasRenderingContext2D['strokeStyle'],
    lineWidth: 1,
    globalAlpha: 1,
    textAlign: 'left' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
    setTransform: () => {},
    clearRect: () => {},
    beginPath: () => {
      path = ''
    },
    moveTo: (x: number, y: number) => {
      path += `M${x},${y}`
    },
    lineTo: (x: number, y: number) => {
      path += `L${x},${y}`
    },
    arc: (x: number, y: number, r: number) => {
      // paintMarks draws only full circles.
      path += `M${x + r},${y}A${r},${r} 0 1 0 ${x - r},${y}A${r},${r} 0 1 0 ${x + r},${y}Z`
    },
    roundRect: (
      x: number,
      y: number,
      w: number,
      h: number,
      radii?: number | DOMPointInit | Iterable<number | DOMPointInit>,
    ) => {
      const r = Math.min(typeof radii === 'number' ? radii : 0, w / 2, h / 2)
      path += `M${x + r},${y}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}v${2 * r - h}a${r},${r} 0 0 1 ${r},${-r}Z`
    },
    fill: () =>
      add('path', {
        d: path,
        fill: paint(ctx.fillStyle),
        'fill-opacity': ctx.globalAlpha,
      }),
    stroke: () =>
      add('path', {
        d: path,
        fill: 'none',
        stroke: paint(ctx.strokeStyle),
        'stroke-width': ctx.lineWidth,
        'stroke-opacity': ctx.globalAlpha,
        ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
      }),
    fillRect: (x: number, y: number, w: number, h: number) =>
      add('rect', {
        x,
        y,
        width: w,
        height: h,
        fill: paint(ctx.fillStyle),
        'fill-opacity': ctx.globalAlpha,
      }),
    strokeRect: (x: number, y: number, w: number, h: number) =>
      add('rect', {
        x,
        y,
        width: w,
        height: h,
        fill: 'none',
        stroke: paint(ctx.strokeStyle),
        'stroke-width': ctx.lineWidth,
        ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
      }),
    fillText: (text: string, x: number, y: number) => {
      const [, weight = '400', size = '12', family = 'sans-serif'] =
        /^(?:(\d+) )?(\d+)px (.*)$/.exec(ctx.font) ?? []
      add(
        'text',
        {
          x,
          y,
          fill: paint(ctx.fillStyle),
          'font-size': size,
          'font-weight': weight,
          'font-family': family,
          'dominant-baseline':
            ctx.textBaseline === 'middle' ? 'central' : 'auto',
          'text-anchor': ctx.textAlign === 'center' ? 'middle' : 'start',
        },
        text,
      )
    },
    setLineDash: (segments: number[]) => {
      dash = segments
    },
    createLinearGradient: (x0: number, _y0: number, x1: number) => {
      const g: Gradient & { addColorStop: (o: number, c: string) => void } = {
        id: `${idPrefix}-${gradients++}`,
        x0,
        x1,
        stops: [],
        addColorStop: (offset, colour) => g.stops.push([offset, colour]),
      }
      return g as unknown as CanvasGradient
    },
  }
  return ctx as unknown as PaintContext
}
