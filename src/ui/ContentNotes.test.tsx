import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseEssay } from '../data/essay/parseEssay'
import { ContentNotes } from './ContentNotes'
import { useContentNotes } from './contentNotes'

beforeEach(() => useContentNotes.setState({ notes: [] }))

describe('ContentNotes', () => {
  it('lists the essay links shown as text, each with its passage, and nothing else', async () => {
    const user = userEvent.setup()
    const essay = parseEssay(
      '# T\n\nFine [site](https://example.org/).\n\nA [trap](javascript:alert(1)) and a [login](https://user:pw@example.org/).\n',
    )
    useContentNotes
      .getState()
      .setNotes([
        ...essay.warnings,
        { path: 'events[3]', message: 'is not cited by the essay' },
      ])
    render(<ContentNotes />)
    await user.click(
      screen.getByText('2 links in the essay are shown as text, not as links'),
    )
    const items = screen.getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      'essay.md paragraph 2: link "trap" to "javascript:alert(1)" is not https and is shown as text',
      'essay.md paragraph 2: link "login" to "https://user:pw@example.org/" is not https and is shown as text',
    ])
  })

  it('shows nothing for content without refused links', () => {
    const { container } = render(<ContentNotes />)
    expect(container).toBeEmptyDOMElement()
  })
})
