import { details, essay, openApp } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { eventually, expectTrue } from '../expect'
import type { Journey } from '../runner'

const INFERRED_LINE =
  'The author linked this phrase; the original target was lost, so this event is our best reading.'
const CEDING_NOTE = /^Note on the record: “In none of these examples/

/**
 * Whose link is whose, the notes on the record and "About this edition": an author's link and an editors'
 * link each say so in the event panel; a margin marker opens its note by keyboard; the edition dialog opens
 * from the footer and Escape returns focus there; printing lists the notes as endnotes. Axe in every state.
 */
export const provenanceJourney: Journey = {
  name: 'provenance of links, notes on the record, about this edition',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page, viewport } = ctx
    await openApp(ctx)

    // The author's link (target inferred).
    await essay(page)
      .getByRole('link', { name: 'Budapest Memorandum', exact: true })
      .click()
    await eventually(
      () => details(page).innerText(),
      (text) => text.includes(INFERRED_LINE),
      'the event panel to say the author linked the phrase',
    )
    await expectNoAxeViolations(page, `author's link opened (${viewport})`)
    await page.keyboard.press('Escape')

    // A link the editors added.
    await essay(page)
      .getByRole('link', { name: 'Berlin Airlift', exact: true })
      .click()
    await eventually(
      () => details(page).innerText(),
      (text) => text.includes('Link added by the editors.'),
      'the event panel to say the editors added the link',
    )
    await ctx.screenshot('editors-link')
    await expectNoAxeViolations(page, `editors' link opened (${viewport})`)
    await page.keyboard.press('Escape')

    // A note on the record, by keyboard.
    const marker = essay(page).getByRole('button', { name: CEDING_NOTE })
    expectTrue(
      (await marker.getAttribute('aria-expanded')) === 'false',
      'the note starts closed',
    )
    await marker.focus()
    await page.keyboard.press('Enter')
    const note = page.getByRole('note', { name: CEDING_NOTE })
    await note.waitFor({ state: 'visible' })
    expectTrue(
      (await note.innerText()).includes('Two Plus Four'),
      'the note says what the record shows',
    )
    await ctx.screenshot('note-open')
    await expectNoAxeViolations(page, `note on the record open (${viewport})`)

    // About this edition, from the footer; Escape closes it and focus goes back.
    const opener = page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'About this edition' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'About this edition' })
    await dialog.waitFor({ state: 'visible' })
    expectTrue(
      (await dialog.innerText()).includes('31 August 2025'),
      'the dialog gives the date the content describes',
    )
    await ctx.screenshot('about')
    await expectNoAxeViolations(page, `about this edition (${viewport})`)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await eventually(
      () => opener.evaluate((el) => el === document.activeElement),
      (focused) => focused,
      'focus back on the footer button',
    )

    if (viewport === 'desktop') {
      await page.emulateMedia({ media: 'print' })
      const endnotes = page.getByRole('region', { name: 'Notes on the record' })
      await endnotes.waitFor({ state: 'visible' })
      expectTrue(
        (await endnotes.innerText()).includes('Tokyo does not recognize'),
        'the printed endnotes carry the notes on the record',
      )
      await page.emulateMedia({ media: 'screen' })
    }
  },
}
