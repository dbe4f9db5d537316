import { openApp } from '../appPage'
import { eventById } from '../content'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

const FIRST_CITED = 'budapest-memorandum-1994-12-05'

/**
 * Printing: the endnotes ("Cited events", with each source's URL written out) exist only while the page is
 * printed, so the screen never pays for them.
 */
test(
  'print the essay with its cited events',
  { tag: DESKTOP_ONLY },
  async ({ page, saveScreenshot }) => {
    await openApp(page)
    const appendix = page.getByRole('region', { name: 'Cited events' })
    await expect(appendix, 'endnotes on screen').toHaveCount(0)

    await page.emulateMedia({ media: 'print' })
    await expect(appendix).toBeVisible()
    const event = eventById(FIRST_CITED)
    await expect(appendix, 'the endnotes name the event').toContainText(
      event.title,
      { useInnerText: true },
    )
    const url = event.sources[0]?.url ?? ''
    await expect(appendix, 'the endnotes write out its URL').toContainText(
      decodeURI(url),
      { useInnerText: true },
    )
    await saveScreenshot('print')

    await page.emulateMedia({ media: 'screen' })
    await expect(appendix, 'endnotes gone after printing').toHaveCount(0)
  },
)
