import {
  essay,
  expectDetailsHeading,
  foldDetailsSheet,
  openApp,
  urlEvent,
} from '../appPage'
import { eventById } from '../content'
import { expect, test } from '../fixtures'

const FIRST = 'budapest-memorandum-1994-12-05'
const SECOND = 'berlin-blockade-and-airlift-1948-1949'

/** A deep link opens its event; selecting another pushes history, so Back returns to the first. */
test('open a deep link, select another event, go Back', async ({
  page,
  saveScreenshot,
}) => {
  const first = eventById(FIRST)
  const second = eventById(SECOND)
  await openApp(page, `?event=${FIRST}`)
  await expectDetailsHeading(page, first.title)
  await saveScreenshot('deep-link')

  await foldDetailsSheet(page) // a phone's sheet covers the essay until folded
  await essay(page)
    .getByRole('link', { name: 'Berlin Airlift', exact: true })
    .click()
  await expectDetailsHeading(page, second.title)
  await expect
    .poll(() => urlEvent(page), { message: 'the URL carries ?event=' })
    .toBe(SECOND)

  await page.goBack()
  await expect
    .poll(() => urlEvent(page), { message: 'Back restores ?event=' })
    .toBe(FIRST)
  await expectDetailsHeading(page, first.title)
  await saveScreenshot('back')

  await page.goForward()
  await expectDetailsHeading(page, second.title)
  expect(urlEvent(page), 'Forward restores the second selection').toBe(SECOND)
})
