import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { EventId } from '../data/types'
import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { MATCHES_LISTED, matchId, SearchMatches } from './SearchMatches'
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
 * `query`), and lists the matches (title, date) under the box while it has focus. Arrow keys move through
 * them, Enter or a click selects one (the timeline moves to it). "/" anywhere focuses the box; Escape closes
 * the list, then clears the search, then leaves the box.
 */
export function SearchBox() {
  const query = useTimelineStore((s) => s.query)
  const setQuery = useTimelineStore((s) => s.setQuery)
  const matches = useTimelineStore(selectShownEvents)
  const inputRef = useRef<HTMLInputElement>(null)
  const [isListOpen, setListOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const id = useId()
  const listId = `${id}-matches`
  const isShowingList = isListOpen && query.trim() !== ''

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

  const pick = (eventId: EventId) => {
    useTimelineStore.getState().selectEvent(eventId)
    setListOpen(false)
    setActiveIndex(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const listed = Math.min(matches.length, MATCHES_LISTED)
      if (listed === 0) return
      event.preventDefault()
      setListOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActiveIndex((i) => (i + step + listed) % listed)
      return
    }
    if (event.key === 'Enter') {
      const match =
        matches[activeIndex] ?? (isShowingList ? matches[0] : undefined)
      if (!match) return
      event.preventDefault()
      pick(match.id)
      return
    }
    if (event.key !== 'Escape') return
    // Keep Escape from also closing a panel further up while it is clearing the search.
    event.preventDefault()
    event.stopPropagation()
    if (isShowingList) setListOpen(false)
    else if (query !== '') setQuery('')
    else event.currentTarget.blur()
  }

  const active = isShowingList && activeIndex >= 0 ? activeIndex : -1

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
        aria-controls={isShowingList && matches.length > 0 ? listId : undefined}
        aria-activedescendant={
          active >= 0 ? matchId(listId, active) : undefined
        }
        onChange={(event) => {
          setQuery(event.currentTarget.value)
          setListOpen(true)
          setActiveIndex(-1)
        }}
        onFocus={() => setListOpen(true)}
        onBlur={() => setListOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__hint" aria-hidden="true">
        /
      </kbd>
      {isShowingList && (
        <SearchMatches
          listId={listId}
          matches={matches}
          activeIndex={active}
          onPick={pick}
        />
      )}
    </div>
  )
}
