import { describe, expect, it } from 'vitest'
import type { PrecedentCase } from '../../data/types'
import { AS_OF, date, makeEvent } from '../../test/fixtures'
import { alignedLayout } from './alignedLayout'
import {
  alignedPlayheadText,
  bandText,
  guaranteePhrase,
  isProspective,
  rowName,
} from './alignedText'

const nato = makeEvent({ id: 'nato', start: '1955-05-06' })
const reunification = makeEvent({
  id: 'reunification',
  title: 'German reunification',
  start: '1990-10-03',
})
const treaty = makeEvent({ id: 'treaty', start: '1951-09-08' })
const summit = makeEvent({ id: 'summit', start: '2025-08-18' })
const events = new Map(
  [nato, reunification, treaty, summit].map((e) => [e.id, e]),
)

function precedent(
  id: string,
  eventId: string,
  iso: string,
  label: string,
  resolved: string | null = null,
): PrecedentCase {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    eventIds: resolved ? [eventId, 'reunification'] : [eventId],
    milestones: [
      { kind: 'guarantee', label, date: date(iso), eventId },
      ...(resolved
        ? [
            {
              kind: 'outcome' as const,
              label: 'Reunified',
              date: date(resolved),
              eventId: 'reunification',
            },
          ]
        : []),
    ],
    guarantee: date(iso),
    resolved: resolved ? date(resolved) : null,
  }
}

const germany = precedent(
  'germany',
  'nato',
  '1955-05-06',
  'Joins NATO',
  '1990-10-03',
)
const japan = precedent('japan', 'treaty', '1951-09-08', 'Treaty signed')
/** No guarantee given: aligned at `asOf`, with the summit that discussed one as a step. */
const ukraine: PrecedentCase = {
  id: 'ukraine',
  name: 'Ukraine',
  eventIds: ['summit'],
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
const [germanyRow, japanRow, ukraineRow] = alignedLayout(
  [germany, japan, ukraine],
  events,
  AS_OF,
).rows

describe('alignedText', () => {
  it('isProspective is true for a case with no guarantee, aligned at asOf', () => {
    expect(isProspective(ukraine)).toBe(true)
    expect(isProspective(germany)).toBe(false)
    expect(guaranteePhrase(germany)).toBe('the guarantee')
    expect(guaranteePhrase(ukraine, AS_OF)).toBe(
      '31 August 2025, with no guarantee yet',
    )
    expect(ukraineRow?.scale.toYears(AS_OF.startMs)).toBe(0)
  })

  it('bandText says how long the question stayed open and how it ended', () => {
    expect(bandText(germanyRow!)).toBe('Open 35 years, settled 1990')
    expect(bandText(japanRow!)).toBe('Open 74 years, still unresolved')
    expect(bandText(ukraineRow!)).toBe(
      'Open question: no guarantee given by 31 August 2025',
    )
  })

  it('rowName names the case, its guarantee and its open question', () => {
    expect(rowName(germanyRow!)).toBe(
      'Germany: guarantee 6 May 1955; the question stayed open 35 years, settled 3 October 1990',
    )
    expect(rowName(japanRow!)).toBe(
      'Japan: guarantee 8 September 1951; the question has stayed open 74 years, unresolved at 31 August 2025',
    )
    expect(rowName(ukraineRow!)).toBe(
      'Ukraine: no guarantee given as of 31 August 2025; aligned on that date, the question is open',
    )
  })

  it('alignedPlayheadText gives years since T = 0, the case and the event', () => {
    expect(alignedPlayheadText(35.41, germanyRow!, reunification)).toBe(
      'Year 35 after the guarantee, Germany: German reunification',
    )
    expect(alignedPlayheadText(-30.7, ukraineRow!, null)).toBe(
      'Year 30 before 31 August 2025, with no guarantee yet, Ukraine',
    )
    expect(alignedPlayheadText(2, null, null)).toBe(
      'Year 2 after the guarantee',
    )
    expect(alignedPlayheadText(null, null, null)).toBe('No date chosen')
  })
})
