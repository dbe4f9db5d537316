import { describe, expect, it } from 'vitest'
import {
  formatProblem,
  jsonPath,
  plural,
  quote,
  summarizeProblems,
  toText,
} from './problems'

describe('problems', () => {
  it('quote(value) wraps in double quotes and escapes quotes and backslashes', () => {
    expect(quote('1953-13-01')).toBe('"1953-13-01"')
    expect(quote('say "hi" \\')).toBe('"say \\"hi\\" \\\\"')
    expect(quote(12)).toBe('"12"')
  })

  it('quote cuts long values at 60 characters, counting code points', () => {
    expect(quote('a'.repeat(61))).toBe(`"${'a'.repeat(60)}…"`)
    expect(quote('😀'.repeat(60))).toBe(`"${'😀'.repeat(60)}"`)
  })

  it('quote escapes control and bidi characters so they cannot scramble a message', () => {
    expect(quote('a\u202eb\nc\u0000')).toBe('"a\\u202eb\\u000ac\\u0000"')
  })

  it('quote and toText never throw, even on objects whose toString is broken', () => {
    const hostile = {
      toString: {},
      valueOf: () => {
        throw new Error('no')
      },
    }
    expect(toText(hostile)).toBe('[object]')
    expect(quote(hostile)).toBe('"[object]"')
    expect(toText(Symbol('s'))).toBe('Symbol(s)')
    expect(toText(null)).toBe('null')
  })

  it('jsonPath writes zod paths the way people read them', () => {
    expect(jsonPath(['events', 12, 'start'])).toBe('events[12].start')
    expect(jsonPath(['events', 0, 'sources', 1, 'url'])).toBe(
      'events[0].sources[1].url',
    )
    expect(jsonPath([])).toBe('events.json')
    expect(jsonPath(['events', 0, 'a b'])).toBe('events[0]["a b"]')
  })

  it('plural counts with thousands separators', () => {
    expect(plural(1, 'problem')).toBe('1 problem')
    expect(plural(1204, 'event')).toBe('1,204 events')
    expect(plural(2, 'more problem')).toBe('2 more problems')
  })

  it('formatProblem joins path and message; an empty path gives the message alone', () => {
    expect(formatProblem({ path: 'events[1].id', message: 'duplicate' })).toBe(
      'events[1].id: duplicate',
    )
    expect(formatProblem({ path: '', message: 'Could not load' })).toBe(
      'Could not load',
    )
  })

  it('summarizeProblems shows the first ones and counts the rest', () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({
      path: `p${i}`,
      message: 'm',
    }))
    expect(summarizeProblems(problems, 3)).toEqual({
      shown: problems.slice(0, 3),
      hiddenCount: 2,
    })
    expect(summarizeProblems(problems).hiddenCount).toBe(0)
  })
})
