import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import './SearchBox.css'

/** Input types that take typed text: a "/" typed there is text, not a shortcut. */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
])

/** True when keystrokes at `target` are typing (text fields, selects, contenteditable). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(target.type)
  return (
    target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  )
}

/**
 * "Search events": narrows the events by title, summary, country or organisation as you type (the store's
 * `query`; FilterSummary announces the count). "/" anywhere focuses it; Escape clears it, or leaves it when empty.
 */
export function SearchBox() {
  const query = useTimelineStore((s) => s.query)
  const setQuery = useTimelineStore((s) => s.setQuery)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()

  // The app's one global shortcut; a document listener is an external system, so it lives in an effect.
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.defaultPrevented || event.isComposing)
        return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target)) return
      const input = inputRef.current
      if (!input) return
      event.preventDefault()
      input.focus()
      input.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape') return
    // Keep Escape from also closing a panel further up while it is clearing the search.
    event.preventDefault()
    event.stopPropagation()
    if (query !== '') setQuery('')
    else event.currentTarget.blur()
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search events
      </label>
      <input
        ref={inputRef}
        id={id}
        className="search-box__input"
        type="search"
        value={query}
        placeholder="Search events"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__hint" aria-hidden="true">
        /
      </kbd>
    </div>
  )
}
