import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AS_OF, makeEvent } from '../../test/fixtures'
import { parseCases } from './parseCases'
import type { TimelineEvent } from '../types'

const occupation = makeEvent({
  id: 'occupation',
  start: '1945-06-05',
  end: '1955-05-05',
})
const nato = makeEvent({ id: 'nato', start: '1955-05-06' })
const reunification = makeEvent({ id: 'reunification', start: '1990-10-03' })
const statement = makeEvent({ id: 'statement', start: '2025-02' })

const ctx = {
  eventsById: new Map(
    [occupation, nato, reunification, statement].map((e) => [e.id, e]),
  ),
  asOf: AS_OF,
}

/** A valid raw case; override what the test is about. */
function rawCase(overrides: Record<string, unknown> = {}) {
  return {
    id: 'divided-germany',
    name: 'Divided Germany',
    eventIds: ['occupation', 'nato', 'reunification'],
    milestones: [
      {
        kind: 'outcome',
        label: 'Reunified',
        date: '1990-10-03',
        eventId: 'reunification',
      },
      {
        kind: 'loss',
        label: 'Occupied',
        date: '1945-06-05',
        eventId: 'occupation',
      },
      {
        kind: 'guarantee',
        label: 'Joins NATO',
        date: '1955-05-06',
        eventId: 'nato',
      },
    ],
    guarantee: '1955-05-06',
    resolved: '1990-10-03',
    ...overrides,
  }
}

function problemsOf(raw: unknown): string[] {
  const result = parseCases(raw, ctx)
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)
}

describe('parseCases', () => {
  it('parseCases(undefined) is no cases', () => {
    expect(parseCases(undefined, ctx)).toEqual({
      ok: true,
      value: [],
      warnings: [],
    })
  })

  it('parseCases(valid) gives DatePoints and milestones in time order', () => {
    const result = parseCases([rawCase()], ctx)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [germany] = result.value
    expect(germany?.guarantee).toMatchObject({
      iso: '1955-05-06',
      precision: 'day',
      startMs: Date.UTC(1955, 4, 6),
    })
    expect(germany?.resolved?.iso).toBe('1990-10-03')
    expect(germany?.milestones.map((m) => m.kind)).toEqual([
      'loss',
      'guarantee',
      'outcome',
    ])
    expect(result.warnings).toEqual([])
  })

  it('accepts a month-precision milestone on an event of that month and an open case', () => {
    const result = parseCases(
      [
        rawCase({
          eventIds: ['nato', 'statement'],
          milestones: [
            {
              kind: 'loss',
              label: 'Said',
              date: '2025-02',
              eventId: 'statement',
            },
            {
              kind: 'guarantee',
              label: 'Joins',
              date: '1955-05-06',
              eventId: 'nato',
            },
          ],
          resolved: null,
        }),
      ],
      ctx,
    )
    const [one] = result.ok ? result.value : []
    expect(one?.milestones[1]?.date.precision).toBe('month')
    expect(one?.resolved).toBeNull()
  })

  it('reports shape problems with their path', () => {
    expect(problemsOf({})).toEqual([
      'cases: Invalid input: expected array, received object',
    ])
    expect(problemsOf([rawCase({ id: 'Divided Germany' })])).toEqual([
      'cases[0].id: must be a lower-case slug like "divided-germany"',
    ])
    const badKind = rawCase()
    badKind.milestones[0] = { ...badKind.milestones[0]!, kind: 'win' }
    expect(problemsOf([badKind])[0]).toMatch(
      /^cases\[0\]\.milestones\[0\]\.kind: /,
    )
    expect(problemsOf([rawCase({ extra: 1 })])[0]).toMatch(
      /^cases\[0\]: Unrecognized key: "extra"/,
    )
  })

  it('reports unknown and repeated event ids', () => {
    expect(
      problemsOf([
        rawCase({
          eventIds: ['occupation', 'nato', 'reunification', 'nope', 'nato'],
        }),
      ]),
    ).toEqual([
      'cases[0].eventIds[3]: "nope" is not an event id',
      'cases[0].eventIds[4]: "nato" is listed twice',
    ])
  })

  it('reports a bad date, a date after asOf and a date that is not the event’s', () => {
    const raw = rawCase({ guarantee: '1955-13-01' })
    expect(problemsOf([raw])).toEqual([
      'cases[0].guarantee: "1955-13-01" is not a date (month 13 does not exist)',
    ])
    const late = rawCase()
    late.milestones[0] = { ...late.milestones[0]!, date: '2026-01-01' }
    expect(problemsOf([late])).toContain(
      'cases[0].milestones[0].date: "2026-01-01" is after the dataset\'s asOf (2025-08-31)',
    )
    const wrong = rawCase()
    wrong.milestones[1] = { ...wrong.milestones[1]!, date: '1945-06-06' }
    expect(problemsOf([wrong])).toEqual([
      'cases[0].milestones[1].date: "1945-06-06" is not a date of event "occupation" (5 June 1945 – 5 May 1955)',
    ])
  })

  it('reports a milestone event that is unknown or not in the case', () => {
    const raw = rawCase({ eventIds: ['occupation', 'nato'] })
    expect(problemsOf([raw])).toEqual([
      'cases[0].milestones[0].eventId: "reunification" is not among this case\'s eventIds',
    ])
    const unknown = rawCase()
    unknown.milestones[1] = { ...unknown.milestones[1]!, eventId: 'ghost' }
    expect(problemsOf([unknown])).toEqual([
      'cases[0].milestones[1].eventId: "ghost" is not an event id',
    ])
  })

  it('needs exactly one guarantee milestone, on the guarantee date', () => {
    const none = rawCase()
    none.milestones[2] = { ...none.milestones[2]!, kind: 'step' }
    expect(problemsOf([none])).toEqual([
      'cases[0].milestones: has 0 milestones of kind "guarantee"; exactly one must mark the guarantee',
    ])
    const two = rawCase()
    two.milestones[1] = { ...two.milestones[1]!, kind: 'guarantee' }
    expect(problemsOf([two])).toEqual([
      'cases[0].milestones: has 2 milestones of kind "guarantee"; exactly one must mark the guarantee',
    ])
    expect(problemsOf([rawCase({ guarantee: '1955-05-05' })])).toEqual([
      'cases[0].guarantee: "1955-05-05" differs from the guarantee milestone\'s date "1955-05-06"',
    ])
  })

  it('lets a case have no guarantee (null), with no guarantee milestone and no settlement', () => {
    const open = rawCase({ guarantee: null, resolved: null })
    open.milestones[2] = { ...open.milestones[2]!, kind: 'step' }
    const result = parseCases([open], ctx)
    expect(result.ok && result.value[0]?.guarantee).toBeNull()
    expect(problemsOf([rawCase({ guarantee: null, resolved: null })])).toEqual([
      'cases[0].milestones: has 1 milestones of kind "guarantee", but "guarantee" is null (none given): set its date or change the milestone\'s kind',
    ])
    const settled = rawCase({ guarantee: null })
    settled.milestones[2] = { ...settled.milestones[2]!, kind: 'step' }
    expect(problemsOf([settled])).toEqual([
      'cases[0].resolved: "1990-10-03" settles a case that has no guarantee; give its "guarantee" date',
    ])
  })

  it('needs a resolved date after the guarantee, with an outcome milestone', () => {
    expect(problemsOf([rawCase({ resolved: '1950' })])).toEqual([
      'cases[0].resolved: "1950" is before the guarantee (1955-05-06)',
      'cases[0].resolved: no milestone of kind "outcome" is dated "1950"',
    ])
  })

  it('reports a repeated case id and warns about a case with no loss', () => {
    expect(problemsOf([rawCase(), rawCase()])).toEqual([
      'cases[1].id: "divided-germany" is already the id of cases[0]',
    ])
    const noLoss = rawCase()
    noLoss.milestones.splice(1, 1)
    const result = parseCases([noLoss], ctx)
    expect(result.ok && result.warnings).toEqual([
      {
        path: 'cases[0].milestones',
        message:
          'has no milestone of kind "loss": the lens shows no loss or division for this case',
      },
    ])
  })
})

describe('the shipped cases', () => {
  type RawEvent = { id: string; start: string; end?: string | null }
  const file = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
    asOf: string
    events: RawEvent[]
    cases: unknown
  }
  // Only ids and dates matter to the cross-references; the full event validation is parseDataset's.
  const events: TimelineEvent[] = file.events.map((e) =>
    makeEvent({ id: e.id, start: e.start, end: e.end ?? null }),
  )
  const result = parseCases(file.cases, {
    eventsById: new Map(events.map((e) => [e.id, e])),
    asOf: AS_OF,
  })

  it('validate against the shipped events', () => {
    expect(result.ok ? result.warnings : result.problems).toEqual([])
    expect(file.asOf).toBe(AS_OF.iso)
  })

  it('align Germany, Japan and Korea on their guarantees; Ukraine has none', () => {
    const cases = result.ok ? result.value : []
    expect(
      cases.map((c) => [
        c.name,
        c.guarantee?.iso ?? null,
        c.resolved?.iso ?? null,
      ]),
    ).toEqual([
      ['Divided Germany', '1955-05-06', '1990-10-03'],
      ['Japan and the Kurils', '1960-01-19', null],
      ['Korea', '1953-10-01', null],
      ['Ukraine', null, null],
    ])
    const ukraine = cases.find((c) => c.id === 'ukraine')
    expect(ukraine?.milestones.some((m) => m.kind === 'guarantee')).toBe(false)
  })
})
