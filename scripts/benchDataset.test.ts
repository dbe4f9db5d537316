import { describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset'
import { citationCount } from '../bench/synthEssay'
import { parseDate } from '../src/data/dates'
import { isKnownCountryCode } from '../src/data/names'
import { validateContent } from '../src/data/validateContent'
import { EVENT_KINDS } from '../src/data/types'

describe('generateDataset (bench)', () => {
  const { eventsJson, essayMd } = generateDataset(1_000)
  const events = eventsJson.events

  it("generateDataset(n) passes the app's own validation (warnings only for uncited events)", () => {
    for (const size of [100, 1_000]) {
      const content =
        size === 1_000 ? { eventsJson, essayMd } : generateDataset(size)
      const result = validateContent(
        JSON.stringify(content.eventsJson),
        content.essayMd,
      )
      expect(result.ok ? [] : result.problems).toEqual([])
      // Uncited events are expected: the essay cites a few hundred of them.
      const otherWarnings = result.warnings.filter(
        (w) => w.message !== 'not cited by any passage',
      )
      expect(otherWarnings).toEqual([])
    }
  })

  it('generateDataset(n) is deterministic for a size', () => {
    expect(generateDataset(1_000)).toEqual({ eventsJson, essayMd })
    expect(generateDataset(100).eventsJson.events).toHaveLength(100)
  })

  it('generateDataset(n) writes the real schema: unique ids, known kinds and countries, https sources', () => {
    expect(eventsJson.asOf).toBe('2025-08-31')
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length)
    for (const e of events) {
      expect(EVENT_KINDS).toContain(e.kind)
      expect(e.countries.length).toBeGreaterThanOrEqual(1)
      expect(e.countries.length).toBeLessThanOrEqual(5)
      expect(e.countries.every(isKnownCountryCode)).toBe(true)
      expect(e.sources.every((s) => s.url.startsWith('https://'))).toBe(true)
      expect(e.end !== undefined && e.ongoing === true).toBe(false)
    }
  })

  it('generateDataset(n) dates are real, within 1945 to asOf, and spans end after they start', () => {
    const asOf = parseDate('2025-08-31')?.endMs ?? 0
    for (const e of events) {
      const start = parseDate(e.start)
      expect(start, e.start).not.toBeNull()
      expect(start?.startMs).toBeGreaterThanOrEqual(Date.UTC(1945, 0, 1))
      expect(start?.startMs).toBeLessThan(asOf)
      if (e.end !== undefined) {
        const end = parseDate(e.end)
        expect(
          end?.startMs ?? 0,
          `${e.start}..${e.end}`,
        ).toBeGreaterThanOrEqual(start?.endMs ?? Infinity)
        expect(end?.endMs).toBeLessThanOrEqual(asOf)
      }
    }
  })

  it('generateDataset(n) mixes spans (~20%), ongoing events and coarse precision (~15%)', () => {
    const share = (f: (e: (typeof events)[number]) => boolean) =>
      events.filter(f).length / events.length
    expect(share((e) => e.end !== undefined || e.ongoing === true)).toBeCloseTo(
      0.2,
      1,
    )
    expect(share((e) => e.ongoing === true)).toBeGreaterThan(0.02)
    expect(share((e) => e.start.length < 10)).toBeCloseTo(0.15, 1)
  })

  it('generateDataset(n) essay has a title, byline, sections and citations of existing events', () => {
    const ids = new Set(events.map((e) => e.id))
    const cited = [...essayMd.matchAll(/\]\(event:([^)]+)\)/g)].flatMap((m) =>
      (m[1] ?? '').split(','),
    )
    expect(essayMd).toMatch(/^# .+\n\nBy .+\n\n## /)
    expect(cited.every((id) => ids.has(id))).toBe(true)
    expect(new Set(cited).size).toBe(citationCount(events.length))
  })
})
