import { describe, expect, it } from 'vitest'
import type { PrecedentCase, TimelineEvent } from '../../data/types'
import { AS_OF, date, makeEvent } from '../../test/fixtures'
import { alignedLayout, alignedStops, stopOfEvent } from './alignedLayout'
import { MEAN_YEAR_MS } from './alignedScale'

const DAY_MS = 864e5
const occupation = makeEvent({
  id: 'occupation',
  start: '1945-06-05',
  end: '1955-05-05',
})
const nato = makeEvent({ id: 'nato', start: '1955-05-06' })
const reunification = makeEvent({ id: 'reunification', start: '1990-10-03' })
const armistice = makeEvent({ id: 'armistice', start: '1953-07-27' })
const rokTreaty = makeEvent({
  id: 'rok-treaty',
  start: '1953-10-01',
  ongoing: true,
})
const statement = makeEvent({ id: 'statement', start: '2025-02' })
const summit = makeEvent({ id: 'summit', start: '2025-08-18' })
const all = [
  occupation,
  nato,
  reunification,
  armistice,
  rokTreaty,
  statement,
  summit,
]
const eventsById = new Map<string, TimelineEvent>(all.map((e) => [e.id, e]))

const germany: PrecedentCase = {
  id: 'germany',
  name: 'Divided Germany',
  eventIds: ['reunification', 'occupation', 'nato'],
  milestones: [
    {
      kind: 'loss',
      label: 'Occupied',
      date: date('1945-06-05'),
      eventId: 'occupation',
    },
    {
      kind: 'guarantee',
      label: 'NATO',
      date: date('1955-05-06'),
      eventId: 'nato',
    },
    {
      kind: 'outcome',
      label: 'Reunified',
      date: date('1990-10-03'),
      eventId: 'reunification',
    },
  ],
  guarantee: date('1955-05-06'),
  resolved: date('1990-10-03'),
}
const korea: PrecedentCase = {
  id: 'korea',
  name: 'Korea',
  eventIds: ['armistice', 'rok-treaty'],
  milestones: [
    {
      kind: 'guarantee',
      label: 'Treaty',
      date: date('1953-10-01'),
      eventId: 'rok-treaty',
    },
  ],
  guarantee: date('1953-10-01'),
  resolved: null,
}
const ukraine: PrecedentCase = {
  id: 'ukraine',
  name: 'Ukraine',
  eventIds: ['statement', 'summit'],
  milestones: [
    {
      kind: 'step',
      label: 'Guarantees discussed',
      date: date('2025-08-18'),
      eventId: 'summit',
    },
  ],
  guarantee: null,
  resolved: null,
}
const years = (from: string, to: string) =>
  (Date.UTC(...parts(to)) - Date.UTC(...parts(from))) / MEAN_YEAR_MS
function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return [y, m - 1, d]
}

describe('alignedLayout', () => {
  const layout = alignedLayout([germany, korea, ukraine], eventsById, AS_OF)

  it('alignedLayout(cases) gives one row per case, in order', () => {
    expect(layout.rows.map((r) => r.case.name)).toEqual([
      'Divided Germany',
      'Korea',
      'Ukraine',
    ])
  })

  it('places a row’s events in time order, in years since its guarantee', () => {
    const [row] = layout.rows
    expect(row?.marks.map((m) => m.event.id)).toEqual([
      'occupation',
      'nato',
      'reunification',
    ])
    expect(row?.marks[0]?.years[0]).toBeCloseTo(
      years('1955-05-06', '1945-06-05'),
      12,
    )
    // A span runs to the end of its end day: 5 May 1955 ends at T = 0.
    expect(row?.marks[0]?.years[1]).toBe(0)
    expect(row?.marks[1]?.years).toEqual([0, 1 / 365.2425])
    expect(row?.marks[2]?.years[0]).toBeCloseTo(35.412089, 6)
  })

  it('marks milestones at the start of their date', () => {
    expect(layout.rows[0]?.milestones.map((m) => [m.kind, m.atYears])).toEqual([
      ['loss', years('1955-05-06', '1945-06-05')],
      ['guarantee', 0],
      ['outcome', years('1955-05-06', '1990-10-03')],
    ])
  })

  it('bands a resolved question from T = 0 to its settlement', () => {
    expect(layout.rows[0]?.band).toEqual({
      fromYears: 0,
      toYears: years('1955-05-06', '1990-10-03'),
      until: germany.resolved,
      isOpen: false,
    })
  })

  it('bands an open question through asOf, and an ongoing event runs to asOf', () => {
    const row = layout.rows[1]
    expect(row?.band.isOpen).toBe(true)
    expect(row?.band.until).toBe(AS_OF)
    expect(row?.band.toYears).toBeCloseTo(years('1953-10-01', '2025-09-01'), 12)
    expect(row?.marks[1]?.years[1]).toBe(row?.band.toYears)
    expect(row?.extentYears[0]).toBeCloseTo(-66 / 365.2425, 12)
  })

  it('aligns a case with no guarantee at asOf, with a month-precision mark covering its month', () => {
    const row = layout.rows[2]
    expect(row?.scale.toYears(AS_OF.startMs)).toBe(0)
    expect(row?.band.toYears).toBeCloseTo(DAY_MS / MEAN_YEAR_MS, 12)
    expect(row?.extentYears[1]).toBe(row?.band.toYears)
    const [start, end] = row?.marks[0]?.years ?? [0, 0]
    expect(start).toBeCloseTo(years('2025-08-31', '2025-02-01'), 12)
    expect(end).toBeCloseTo(years('2025-08-31', '2025-03-01'), 12)
  })

  it('spans the union of the rows in domainYears', () => {
    expect(layout.domainYears[0]).toBe(layout.rows[0]?.extentYears[0])
    expect(layout.domainYears[1]).toBe(layout.rows[1]?.extentYears[1])
  })

  it('leaves out filtered events but keeps milestones and bands', () => {
    const filtered = alignedLayout(
      [germany],
      eventsById,
      AS_OF,
      (id) => id !== 'nato',
    )
    expect(filtered.rows[0]?.marks.map((m) => m.event.id)).toEqual([
      'occupation',
      'reunification',
    ])
    expect(filtered.rows[0]?.milestones).toHaveLength(3)
  })

  it('has a unit domain with no cases', () => {
    expect(alignedLayout([], eventsById, AS_OF)).toEqual({
      rows: [],
      domainYears: [-1, 1],
    })
  })
})

describe('alignedStops', () => {
  const layout = alignedLayout([germany, korea, ukraine], eventsById, AS_OF)
  const stops = alignedStops(layout)

  it('alignedStops(layout) orders every drawn event by years since T = 0', () => {
    expect(stops.map((s) => s.eventId)).toEqual([
      'occupation',
      'statement',
      'armistice',
      'summit',
      'nato',
      'rok-treaty',
      'reunification',
    ])
    expect(stops.find((s) => s.eventId === 'summit')?.rowIndex).toBe(2)
  })

  it('stopOfEvent finds an event’s stop, or null', () => {
    expect(stopOfEvent(stops, 'nato')?.years).toBe(0)
    expect(stopOfEvent(stops, 'elsewhere')).toBeNull()
    expect(stopOfEvent(stops, null)).toBeNull()
  })
})
