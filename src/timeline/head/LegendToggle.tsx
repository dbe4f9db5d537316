import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { KindLegend } from './KindLegend'

/**
 * "Key": a button that shows what the colours and shapes mean, over the lanes, so the legend takes no row of
 * the sticky band. A disclosure (aria-expanded); Escape, a press elsewhere or the button again closes it.
 */
export function LegendToggle() {
  const [isOpen, setIsOpen] = useState(false)
  const panelId = useId()
  const ref = useRef<HTMLDivElement>(null)

  // A press outside closes it: a document listener, only while open.
  useEffect(() => {
    if (!isOpen) return
    const onPointerDown = (event: PointerEvent) => {
      if (!(
        event.target instanceof Node && ref.current?.contains(event.target)
      ))
        setIsOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [isOpen])

  // Escape on the button only (the panel holds nothing focusable): other panels keep their own Escape.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return
    event.stopPropagation()
    setIsOpen(false)
  }

  return (
    <div className="tl-key" ref={ref}>
      <button
        type="button"
        className="tl-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        onKeyDown={onKeyDown}
      >
        Key
      </button>
      <div id={panelId} className="tl-key-panel" hidden={!isOpen}>
        <KindLegend />
      </div>
    </div>
  )
}
