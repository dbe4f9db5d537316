import { memo } from 'react'
import type { FrameDrawing } from './alignedDrawing'

type Props = {
  readonly frame: FrameDrawing
}

/**
 * A case's frame, behind its marks, as `frameDrawing` placed it: its name, the band of the open question from
 * T = 0 to the settlement (dashed edges while open) with how long it lasted, the T = 0 line (dashed, with a "?",
 * for a case with no guarantee, aligned at the as-of date), and flags for milestones with no drawn event.
 * Lines are broken where a word sits. Decoration: the row's group name says all of it.
 */
export const AlignedFrame = memo(function AlignedFrame({ frame }: Props) {
  const open = frame.isOpen ? ' is-open' : ''
  return (
    <g className="al-frame" aria-hidden="true">
      {frame.band.width > 0 && <rect className="al-band" {...frame.band} />}
      {frame.bandLines.map((l) => (
        <line
          key={`h${l.y}`}
          className={`al-band-edge${open}`}
          x1={l.x1}
          x2={l.x2}
          y1={l.y}
          y2={l.y}
        />
      ))}
      {frame.bandEdges.map((s) => (
        <line
          key={`v${s.x},${s.y0}`}
          className={`al-band-edge${open}`}
          x1={s.x}
          x2={s.x}
          y1={s.y0}
          y2={s.y1}
        />
      ))}
      <text className="al-name" x={frame.name.x} y={frame.name.y}>
        {frame.name.text}
      </text>
      {frame.bandLabel && (
        <text
          className="al-band-label"
          x={frame.bandLabel.x}
          y={frame.bandLabel.y}
          textAnchor={frame.bandLabel.anchor}
        >
          {frame.bandLabel.text}
        </text>
      )}
      {frame.t0.map((s) => (
        <line
          key={s.y0}
          className={`al-t0${frame.isOpenQuestion ? ' is-open-question' : ''}`}
          x1={s.x}
          x2={s.x}
          y1={s.y0}
          y2={s.y1}
        />
      ))}
      {frame.openMark && (
        <text
          className="al-open-mark"
          x={frame.openMark.x}
          y={frame.openMark.y}
          textAnchor="middle"
        >
          {frame.openMark.text}
        </text>
      )}
      {frame.flags.map((f) => (
        <path key={f.key} className={`al-flag al-m-${f.kind}`} d={f.d} />
      ))}
    </g>
  )
})
