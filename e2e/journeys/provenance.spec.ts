import { details, essay, openApp } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

const INFERRED_LINE =
  'The author linked this phrase; the original target was lost, so this event is our best reading.'
const CEDING_NOTE = /^Note on the record: “In none of these examples/

/**
 * Whose link is whose, the notes on the record and "About this edition": an author's link and an editors'
 * link each say so in the event panel; a margin marker opens its note by keyboard; the edition dialog opens
 * from the footer and Escape returns focus there; printing lists the notes as endnotes. Axe in every state.
 */
test('provenance of links, notes on the record, about this edition', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)

  // The author's link (target inferred).
  await essay(page)
    .getByRole('link', { name: 'Budapest Memorandum', exact: true })
    .click()
  await expect(
    details(page),
    'the event panel says the author linked the phrase',
  ).toContainText(INFERRED_LINE)
  await expectNoAxeViolations(page, `author's link opened (${viewportName})`)
  await page.keyboard.press('Escape')

  // A link the editors added.
  await essay(page)
    .getByRole('link', { name: 'Berlin Airlift', exact: true })
    .click()
  await expect(
    details(page),
    'the event panel says the editors added the link',
  ).toContainText('Link added by the editors.')
  await saveScreenshot('editors-link')
  await expectNoAxeViolations(page, `editors' link opened (${viewportName})`)
  await page.keyboard.press('Escape')

  // A note on the record, by keyboard.
  const marker = essay(page).getByRole('button', { name: CEDING_NOTE })
  await expect(marker, 'the note starts closed').toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await marker.focus()
  await page.keyboard.press('Enter')
  const note = page.getByRole('note', { name: CEDING_NOTE })
  await expect(note, 'the note says what the record shows').toContainText(
    'Two Plus Four',
  )
  await saveScreenshot('note-open')
  await expectNoAxeViolations(page, `note on the record open (${viewportName})`)

  // About this edition, from the footer; Escape closes it and focus goes back.
  const opener = page
    .getByRole('contentinfo')
    .getByRole('button', { name: 'About this edition' })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'About this edition' })
  await expect(
    dialog,
    'the dialog gives the date the content describes',
  ).toContainText('31 August 2025')
  await saveScreenshot('about')
  await expectNoAxeViolations(page, `about this edition (${viewportName})`)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener, 'focus back on the footer button').toBeFocused()

  if (viewportName === 'desktop') {
    await page.emulateMedia({ media: 'print' })
    const endnotes = page.getByRole('region', { name: 'Notes on the record' })
    await expect(
      endnotes,
      'the printed endnotes carry the notes on the record',
    ).toContainText('Tokyo does not recognize', { useInnerText: true })
    await page.emulateMedia({ media: 'screen' })
  }
})
