// Injected before any page script (page.addInitScript): records long tasks from navigation start and
// collects requestAnimationFrame deltas on demand. Plain JS because it is sent to the page as text.
;(() => {
  // Findings are also sent at once as console.debug messages, which reach the harness even while the page's
  // main thread stays busy afterwards (a page mid-way through a 20 s redraw cannot answer an evaluate).
  const longTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ startMs: entry.startTime, durationMs: entry.duration })
        console.debug('__bench:longtask', entry.startTime, entry.duration)
      }
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No longtask support: the harness reports an empty list.
  }

  // Each recording gets its own object; a loop whose recording was stopped or replaced ends, so two
  // loops never run at once (which would record a 0 ms delta per frame).
  let frames = null
  const loop = (recording) => {
    const tick = (time) => {
      if (frames !== recording) return
      if (recording.last !== null) recording.deltas.push(time - recording.last)
      recording.last = time
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }

  const mark = performance.mark.bind(performance)
  performance.mark = (name, options) => {
    const entry = mark(name, options)
    if (name === 'timeline-ready')
      console.debug('__bench:timeline-ready', entry.startTime)
    return entry
  }

  window.__bench = {
    longTasks,
    /** Starts recording frame deltas (ms between successive rAF timestamps). */
    startFrames() {
      frames = { deltas: [], last: null }
      loop(frames)
    },
    /** Stops recording and returns the deltas. */
    stopFrames() {
      const deltas = frames ? frames.deltas : []
      frames = null
      return deltas
    },
    /**
     * Where the time to the ready mark went, ms from navigation start (null when the page has no such step):
     * its scripts have run (DOMContentLoaded ends after module scripts), events.json has arrived, and the app's
     * 'content-loaded' mark (the content parsed, checked and in the store).
     */
    loadSteps() {
      const nav = performance.getEntriesByType('navigation')[0]
      const data = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname.endsWith('/events.json'))
      const content = performance.getEntriesByName('content-loaded')[0]
      return {
        scriptsMs: nav ? nav.domContentLoadedEventEnd : null,
        dataMs: data ? data.responseEnd : null,
        contentMs: content ? content.startTime : null,
      }
    },
    /** ms from navigation start to the 'timeline-ready' mark, or null before it. */
    readyMs() {
      const mark = performance.getEntriesByName('timeline-ready')[0]
      return mark ? mark.startTime : null
    },
  }
})()
