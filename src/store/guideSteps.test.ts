import { describe, expect, it } from 'vitest'
import type { Essay } from '../data/types'
import { makeEssay } from '../test/fixtures'
import {
  firstStepFrom,
  guideStatus,
  guideSteps,
  MAX_STEP_MS,
  MIN_STEP_MS,
  READING_MS_PER_CHAR,
  stepDelayMs,
} from './guideSteps'

// p-1 cites a and b, p-2 cites nothing, p-3 cites c, p-4 nothing.
const essay = makeEssay([['a', 'b'], [], ['c'], []])

describe('guideSteps', () => {
  it('guideSteps(essay) lists every citation in essay order with its event and passage', () => {
    expect(guideSteps(essay)).toEqual([
      { citationId: 'c-1', eventId: 'a', passageId: 'p-1', text: 'cite a' },
      { citationId: 'c-2', eventId: 'b', passageId: 'p-1', text: 'cite b' },
      { citationId: 'c-3', eventId: 'c', passageId: 'p-3', text: 'cite c' },
    ])
  })

  it('guideSteps(essay) takes a multi-event citation’s first event and is cached', () => {
    const multi: Essay = {
      ...essay,
      citations: [
        {
          id: 'c-1',
          passageId: 'p-1',
          eventIds: ['x', 'y'],
          text: 'both',
          provenance: null,
        },
      ],
    }
    expect(guideSteps(multi).map((s) => s.eventId)).toEqual(['x'])
    expect(guideSteps(multi)).toBe(guideSteps(multi))
  })

  it('firstStepFrom(passage) starts at the passage’s first citation, or the next cited passage', () => {
    expect(firstStepFrom(essay, 'p-1')).toBe(0)
    expect(firstStepFrom(essay, 'p-2')).toBe(2)
    expect(firstStepFrom(essay, 'p-3')).toBe(2)
  })

  it('firstStepFrom starts at 0 without a known passage and at the last step past the end', () => {
    expect(firstStepFrom(essay, null)).toBe(0)
    expect(firstStepFrom(essay, 'p-99')).toBe(0)
    expect(firstStepFrom(essay, 'p-4')).toBe(2)
    expect(firstStepFrom(makeEssay([[]]), 'p-1')).toBe(-1)
  })

  it('guideStatus(steps, index) reads "Step n of N" with the anchor text', () => {
    const steps = guideSteps(essay)
    expect(guideStatus(steps, 1)).toBe('Step 2 of 3: “cite b”')
    expect(guideStatus(steps, null)).toBe('')
    expect(guideStatus(steps, 7)).toBe('')
  })

  it('stepDelayMs(essay, index) gives a new passage its reading time, a further citation in it the minimum', () => {
    const lengths = [300, 10, 5000, 10]
    const timed: Essay = {
      ...essay,
      passages: essay.passages.map((p, i) => ({
        ...p,
        text: 'x'.repeat(lengths[i] ?? 0),
      })),
    }
    expect(stepDelayMs(timed, 0)).toBe(300 * READING_MS_PER_CHAR)
    expect(stepDelayMs(timed, 1)).toBe(MIN_STEP_MS)
    expect(stepDelayMs(timed, 2)).toBe(MAX_STEP_MS)
    const short: Essay = {
      ...essay,
      passages: essay.passages.map((p) => ({ ...p, text: 'short' })),
    }
    expect(stepDelayMs(short, 0)).toBe(MIN_STEP_MS)
    expect(stepDelayMs(short, 9)).toBe(MIN_STEP_MS)
  })
})
