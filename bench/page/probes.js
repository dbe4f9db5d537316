// Injected before any page script (page.addInitScript): records long tasks from navigation start and
// collects requestAnimationFrame deltas on demand. Plain JS because it is sent to the page as text.
;(() => {
  const longTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ startMs: entry.startTime, durationMs: entry.duration })
      }
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No longtask support: the harness reports an empty list.
  }

  let frames = null
  const tick = (time) => {
    if (!frames) return
    if (frames.last !== null) frames.deltas.push(time - frames.last)
    frames.last = time
    requestAnimationFrame(tick)
  }

  window.__bench = {
    longTasks,
    /** Starts recording frame deltas (ms between successive rAF timestamps). */
    startFrames() {
      frames = { deltas: [], last: null }
      requestAnimationFrame(tick)
    },
    /** Stops recording and returns the deltas. */
    stopFrames() {
      const deltas = frames ? frames.deltas : []
      frames = null
      return deltas
    },
    /** ms from navigation start to the 'timeline-ready' mark, or null before it. */
    readyMs() {
      const mark = performance.getEntriesByName('timeline-ready')[0]
      return mark ? mark.startTime : null
    },
  }
})()
