// The benchmark's floor: a blank page that only fetches and parses the same events.json from the same server.
// No timeline can be ready sooner than this. Never part of the app.
;(async () => {
  const status = document.getElementById('status')
  try {
    const response = await fetch('/data/events.json', { cache: 'no-cache' })
    if (!response.ok) throw new Error(`events.json: HTTP ${response.status}`)
    const data = await response.json()
    performance.mark('timeline-ready')
    status.textContent = `Floor: ${data.events.length} events parsed`
  } catch (error) {
    status.setAttribute('role', 'alert')
    status.textContent = `Floor failed: ${error instanceof Error ? error.message : String(error)}`
  }
})()
