// The benchmark's TimelineJS page: the same events.json drawn by TimelineJS 3.9 (its npm package's built
// script, global `TL`). Never part of the app.
/* global TL */
;(async () => {
  const status = document.getElementById('status')

  /** TimelineJS's date object from an ISO date at its precision ("1953", "1948-06", "2025-08-18"). */
  const tlDate = (iso) => {
    const [year, month, day] = iso.split('-').map(Number)
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) }
  }

  try {
    const response = await fetch('/data/events.json')
    if (!response.ok) throw new Error(`events.json: HTTP ${response.status}`)
    const data = await response.json()
    const events = data.events.map((event) => ({
      unique_id: event.id,
      start_date: tlDate(event.start),
      ...(event.end ? { end_date: tlDate(event.end) } : {}),
      text: { headline: event.title, text: event.summary },
    }))
    const timeline = new TL.Timeline(
      'timeline',
      { title: { text: { headline: data.title } }, events },
      // No web font, no analytics, English (built in): nothing loads from outside this server.
      { font: '', script_path: '/timelinejs/', hash_bookmark: false },
    )
    let isReady = false
    timeline.on('loaded', () => {
      if (isReady) return
      isReady = true
      // 'loaded' fires once the slides and the time navigation are laid out; mark after they paint.
      requestAnimationFrame(() => {
        performance.mark('timeline-ready')
        status.textContent = `TimelineJS: ${events.length} events`
      })
    })
    window.__timelineJs = timeline
  } catch (error) {
    status.setAttribute('role', 'alert')
    status.textContent = `TimelineJS failed: ${error instanceof Error ? error.message : String(error)}`
  }
})()
