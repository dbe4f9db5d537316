import { describe, expect, it } from 'vitest'
import { noteLabel, phraseRange, placeClaimNotes } from './claimNotes'
import { validateContent } from '../validateContent'

const source = {
  title: 'Treaty on the Final Settlement with Respect to Germany',
  publisher: 'Archive',
  url: 'https://example.org/treaty',
  type: 'primary',
}

const events = [
  {
    id: 'treaty',
    title: 'Treaty',
    kind: 'treaty',
    start: '1990-09-12',
    countries: ['DE'],
    summary: 'Signed.',
    sources: [source],
  },
]

const essay =
  '# Essay\n\nIn none of these examples did anyone cede territory: see the [treaty](event:treaty "inferred").\n\nA second passage.\n'

const note = (overrides: Record<string, unknown> = {}) => ({
  id: 'no-ceding',
  passage: 'p-1',
  phrase: 'did anyone cede territory',
  note: 'The record shows a border made final.',
  sources: [source],
  ...overrides,
})

const validate = (file: Record<string, unknown>) =>
  validateContent(
    JSON.stringify({ title: 'T', asOf: '2025-08-31', events, ...file }),
    essay,
  )

const problemsOf = (file: Record<string, unknown>) => {
  const result = validate(file)
  return result.ok ? [] : result.problems
}

describe('claim notes in validateContent', () => {
  it('refuses a note that names a date after asOf unless its sentence says "Later"', () => {
    expect(
      problemsOf({
        claimNotes: [
          note({ note: 'On 4 September 2025 a treaty was signed.' }),
        ],
      }),
    ).toEqual([
      expect.objectContaining({
        path: 'claimNotes[0].note',
        message: expect.stringMatching(/after the dataset's asOf/),
      }),
    ])
    expect(
      problemsOf({
        claimNotes: [
          note({ note: 'Later, on 4 September 2025, a treaty was signed.' }),
        ],
      }),
    ).toEqual([])
  })

  it('validateContent gives each note with its passage, phrase, note and sources', () => {
    const result = validate({ claimNotes: [note()] })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.warnings).toEqual([])
    expect(result.value.claimNotes).toEqual([
      {
        id: 'no-ceding',
        passageId: 'p-1',
        phrase: 'did anyone cede territory',
        note: 'The record shows a border made final.',
        sources: [source],
      },
    ])
  })

  it('validateContent reports a note on a passage the essay does not have', () => {
    expect(problemsOf({ claimNotes: [note({ passage: 'p-9' })] })).toEqual([
      {
        path: 'claimNotes[0].passage',
        message:
          '"p-9" is not a passage of essay.md (it has 2 passages, p-1 to p-2)',
      },
    ])
  })

  it('validateContent reports a passage id that is not one', () => {
    expect(
      problemsOf({ claimNotes: [note({ passage: 'paragraph 1' })] }),
    ).toEqual([
      {
        path: 'claimNotes[0].passage',
        message: '"paragraph 1" is not a passage id (like "p-12")',
      },
    ])
  })

  it('validateContent reports a phrase that is not the passage’s exact words', () => {
    expect(
      problemsOf({
        claimNotes: [note({ phrase: 'did anybody cede territory' })],
      }),
    ).toEqual([
      {
        path: 'claimNotes[0].phrase',
        message:
          '"did anybody cede territory" does not occur in p-1 (quote the essay\'s words exactly, markup left out)',
      },
    ])
    // In another passage is not in this one.
    expect(
      problemsOf({ claimNotes: [note({ phrase: 'A second passage' })] }),
    ).toHaveLength(1)
  })

  it('validateContent reports a note’s sources by the events’ rules (https only, at least one)', () => {
    expect(
      problemsOf({
        claimNotes: [
          note({ sources: [{ ...source, url: 'http://example.org/' }] }),
          note({ id: 'other', sources: [] }),
        ],
      }),
    ).toEqual([
      {
        path: 'claimNotes[0].sources[0].url',
        message: '"http://example.org/" is not an https URL (scheme "http:")',
      },
      {
        path: 'claimNotes[1].sources',
        message: 'needs at least 1 item',
      },
    ])
  })

  it('validateContent reports a duplicate note id and warns of unknown fields', () => {
    expect(problemsOf({ claimNotes: [note(), note()] })).toEqual([
      {
        path: 'claimNotes[1].id',
        message: 'duplicate id "no-ceding" (first at claimNotes[0])',
      },
    ])
    expect(validate({ claimNotes: [note({ notes: 'x' })] }).warnings).toEqual([
      { path: 'claimNotes[0]', message: 'unknown field "notes" is ignored' },
    ])
  })
})

describe('corrections in validateContent', () => {
  it.each([
    'https://github.com/example/timeline/issues/new',
    'mailto:editors@example.org?subject=Timeline%20error',
  ])('validateContent accepts %s as where to report errors', (address) => {
    const result = validate({ corrections: address })
    expect(result.ok && result.value.corrections).toBe(address)
  })

  it('validateContent without corrections has none', () => {
    const result = validate({})
    expect(result.ok && result.value.corrections).toBeNull()
  })

  it.each([
    [
      'javascript:alert(1)',
      '"javascript:alert(1)" must be an https:// page or a mailto: address',
    ],
    [
      'http://example.org/',
      '"http://example.org/" must be an https:// page or a mailto: address',
    ],
    [
      'mailto:the editors',
      '"mailto:the editors" is not a mailto: address (expected mailto:name@example.org)',
    ],
    [
      'editors@example.org',
      '"editors@example.org" must be an https:// page or a mailto: address',
    ],
  ])('validateContent refuses corrections %s', (address, message) => {
    expect(problemsOf({ corrections: address })).toEqual([
      { path: 'corrections', message },
    ])
  })
})

describe('phraseRange / placeClaimNotes / noteLabel', () => {
  it('phraseRange(passage, phrase) finds the first occurrence, a line break matching a space', () => {
    const passage = { id: 'p-1', text: 'The line\nbreaks, the line breaks.' }
    expect(phraseRange(passage, 'line breaks')).toEqual([21, 32])
    expect(phraseRange(passage, 'The line breaks')).toEqual([0, 15])
    expect(phraseRange(passage, 'missing')).toBeNull()
  })

  it('placeClaimNotes(notes, essay) orders notes by passage, then phrase, and letters them', () => {
    const result = validate({
      claimNotes: [
        note({ id: 'second', passage: 'p-2', phrase: 'second' }),
        note({ id: 'late', phrase: 'territory' }),
        note({ id: 'early', phrase: 'none' }),
      ],
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const placed = placeClaimNotes(result.value.claimNotes, result.value.essay)
    expect(placed.map((p) => [p.label, p.note.id, p.range])).toEqual([
      ['a', 'early', [3, 7]],
      ['b', 'late', [42, 51]],
      ['c', 'second', [2, 8]],
    ])
  })

  it('noteLabel(index) gives a, b… z, aa, ab', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(noteLabel)).toEqual([
      'a',
      'b',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
    ])
  })
})
