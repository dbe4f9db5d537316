import { describe, expect, it } from 'vitest'
import { AS_OF } from '../../test/fixtures'
import { asOfProblems, marksLater } from './asOfDiscipline'
import type { Source } from '../types'

const source = (date?: string): Source => ({
  title: 'A report',
  publisher: 'A paper',
  url: 'https://example.org/report',
  type: 'news',
  ...(date === undefined ? {} : { date }),
})

const check = (note: string, sources: readonly Source[] = [source()]) =>
  asOfProblems(sources, [['note', note]], AS_OF, 'events[3]').map(
    (p) => `${p.path}: ${p.message}`,
  )

describe('asOfProblems', () => {
  it('asOfProblems accepts dates up to asOf, and the later ones it marks', () => {
    expect(
      check(
        'Talks began on 18 August 2025 and went on through August 2025. Later, on 4 September 2025, 26 countries pledged troops.',
        [source('2025-08-20'), source('2025-09-04')],
      ),
    ).toEqual([])
  })

  it('asOfProblems names a date after asOf in a sentence not marked as later', () => {
    expect(
      check(
        'Macron announced on 4 September 2025 that 26 countries had pledged troops, and the army chief spoke in October 2025.',
      ),
    ).toEqual([
      'events[3].note: mentions "4 September 2025", after the dataset\'s asOf (2025-08-31): begin its sentence with "Later" ("Later, on …") or leave it out',
      'events[3].note: mentions "October 2025", after the dataset\'s asOf (2025-08-31): begin its sentence with "Later" ("Later, on …") or leave it out',
    ])
    expect(check('It is due to end in 2026.')).toHaveLength(1)
    expect(check('It ended in 2025, as planned in 2024.')).toEqual([])
  })

  it('asOfProblems refuses a source dated after asOf unless a sentence is marked as later', () => {
    expect(
      check('Twenty-six countries pledged troops.', [source('2025-09-04')]),
    ).toEqual([
      'events[3].sources[0].date: "2025-09-04" is after the dataset\'s asOf (2025-08-31): a source from later can only back a sentence marked as later ("Later, on …")',
    ])
    expect(check('Reports followed.', [source('2025-09')])).toHaveLength(1)
    expect(check('Reports followed.', [source('2025')])).toEqual([])
  })

  it('marksLater finds a sentence that begins with "Later"', () => {
    expect(marksLater('It began in 2014. Later, it grew.')).toBe(true)
    expect(marksLater('It began in 2014 and later grew.')).toBe(false)
  })
})
