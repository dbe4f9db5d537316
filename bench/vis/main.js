// The benchmark's vis-timeline page: the same events.json drawn by vis-timeline 8.5 (standalone UMD build,
// global `vis`, CSS injected by the bundle). Never part of the app.
/* global vis */
;(async () => {
  const status = document.getElementById('status')
  const DAY_MS = 86_400_000

  /** [start, end) UTC ms of an ISO date at its precision ("1953", "1948-06", "2025-08-18"). */
  const period = (iso) => {
    const [y, m = 1, d = 1] = iso.split('-').map(Number)
    const start = Date.UTC(y, m - 1, d)
    if (iso.length === 4) return [start, Date.UTC(y + 1, 0, 1)]
    if (iso.length === 7) return [start, Date.UTC(y, m, 1)]
    return [start, start + DAY_MS]
  }

  try {
    const response = await fetch('/data/events.json')
    if (!response.ok) throw new Error(`events.json: HTTP ${response.status}`)
    const data = await response.json()
    const asOfMs = period(data.asOf)[1]
    let minMs = Infinity
    let maxMs = -Infinity
    const items = data.events.map((event) => {
      const startMs = period(event.start)[0]
      const isSpan = Boolean(event.end) || event.ongoing === true
      const endMs = event.end ? period(event.end)[1] : asOfMs
      minMs = Math.min(minMs, startMs)
      maxMs = Math.max(maxMs, isSpan ? endMs : startMs)
      return isSpan
        ? {
            id: event.id,
            content: event.title,
            start: new Date(startMs),
            end: new Date(endMs),
            type: 'range',
          }
        : {
            id: event.id,
            content: event.title,
            start: new Date(startMs),
            type: 'point',
          }
    })
    const container = document.getElementById('timeline')
    const timeline = new vis.Timeline(container, new vis.DataSet(items), {
      height: '640px',
      verticalScroll: true,
      zoomKey: '',
      showCurrentTime: false,
      start: new Date(minMs),
      end: new Date(maxMs),
    })
    timeline.addCustomTime(new Date((minMs + maxMs) / 2), 'playhead')
    timeline.setCustomTimeTitle('Timeline date', 'playhead')
    let isReady = false
    timeline.on('changed', () => {
      if (isReady) return
      isReady = true
      performance.mark('timeline-ready')
      status.textContent = `vis-timeline: ${items.length} events`
    })
    window.__visTimeline = timeline
  } catch (error) {
    status.setAttribute('role', 'alert')
    status.textContent = `vis-timeline failed: ${error instanceof Error ? error.message : String(error)}`
  }
})()
