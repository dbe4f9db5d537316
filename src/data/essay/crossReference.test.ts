import { describe, expect, it } from 'vitest'
import { makeEssay, makeEvent } from '../../test/fixtures'
import { crossReference } from './crossReference'

describe('crossReference', () => {
  const airlift = makeEvent({ id: 'berlin-airlift' })
  const watch = makeEvent({ id: 'northern-watch' })

  it('crossReference(events, essay citing each) finds nothing', () => {
    expect(
      crossReference(
        [airlift, watch],
        makeEssay([['berlin-airlift'], ['northern-watch']]),
      ),
    ).toEqual({ problems: [], warnings: [] })
  })

  it('crossReference reports a citation of an unknown event, once per paragraph', () => {
    const essay = makeEssay([
      ['berlin-airlift', 'northern-watch'],
      ['korean-war', 'berlin-blockade', 'korean-war'],
    ])
    expect(crossReference([airlift, watch], essay).problems).toEqual([
      {
        path: 'essay.md paragraph 2',
        message: 'cites unknown event "korean-war"',
      },
      {
        path: 'essay.md paragraph 2',
        message: 'cites unknown event "berlin-blockade"',
      },
    ])
  })

  it('crossReference checks every id of a citation with several', () => {
    const essay = makeEssay([['berlin-airlift']])
    const [passage] = essay.passages
    if (!passage) throw new Error('fixture has a passage')
    const citation = {
      id: 'c-1',
      passageId: 'p-1',
      eventIds: ['northern-watch', 'southern-watch'],
      text: 'watches',
      provenance: null,
    }
    const withMany = {
      ...essay,
      passages: [{ ...passage, citations: [citation] }],
      citations: [citation],
    }
    expect(crossReference([airlift, watch], withMany)).toEqual({
      problems: [
        {
          path: 'essay.md paragraph 1',
          message: 'cites unknown event "southern-watch"',
        },
      ],
      warnings: [
        {
          path: 'events[0] ("berlin-airlift")',
          message: 'not cited by any passage',
        },
      ],
    })
  })

  it('crossReference warns about an event no passage cites, by its place in the file', () => {
    const essay = makeEssay([['northern-watch']])
    expect(crossReference([watch, airlift], essay)).toEqual({
      problems: [],
      warnings: [
        {
          path: 'events[1] ("berlin-airlift")',
          message: 'not cited by any passage',
        },
      ],
    })
  })

  it('crossReference of an essay with no passages warns about every event', () => {
    expect(
      crossReference([airlift, watch], makeEssay([])).warnings,
    ).toHaveLength(2)
  })
})
