import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { openApp, openMenu } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { eventById } from '../content'
import { expect, test } from '../fixtures'

/**
 * A host site on another origin (another port of 127.0.0.1: Chromium will not let a page it made up by
 * request interception frame a local address), serving `/article` (the snippet inside an article) and
 * `/clickjack` (an iframe of the full page, which must be refused).
 */
async function hostSite(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? '']
    if (body === undefined) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      `<!doctype html><html lang="en"><head><title>A host article</title></head><body><main aria-label="Article"><h1>An article</h1><p>Some text before the timeline.</p>${body}</main></body></html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** An editor copies the embed code of a view; a reader of their article uses the timeline inside it. */
test('the Share dialog’s embed works in an iframe on another site, and the full page refuses framing', async ({
  page,
  baseURL,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page, '?countries=JP,KR&rows=country')
  await openMenu(page)
  await page.getByRole('button', { name: 'Share link' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this view' })
  await expect(dialog).toBeVisible()
  const snippet = await dialog
    .getByRole('textbox', { name: 'Embed in a page' })
    .inputValue()
  expect(snippet, 'the snippet embeds this view').toContain(
    `${baseURL}/embed.html?countries=JP,KR&amp;rows=country`,
  )
  expect(snippet).toMatch(/ title="[^"]+"/)
  expect(snippet).toContain('loading="lazy"')
  await dialog.getByRole('button', { name: 'Copy embed code' }).click()
  await expect(dialog.getByText('Embed code copied')).toBeVisible()
  await saveScreenshot('share-dialog')
  await expectNoAxeViolations(page, `share dialog (${viewportName})`)
  await dialog.getByRole('button', { name: 'Close' }).click()

  const host = await hostSite({
    '/article': snippet,
    '/clickjack': `<iframe src="${baseURL}/" title="The full page" width="800" height="400"></iframe>`,
  })
  try {
    await page.goto(`${host.origin}/article`)
    const embed = page.frameLocator('iframe')
    const region = embed.getByRole('region', { name: 'Timeline' })
    await expect(region).toBeVisible({ timeout: 10_000 })
    // The view came along: rows for Japan and South Korea only.
    await expect(region).toContainText(
      /One row per country, top to bottom: Japan \(\d+\), South Korea \(\d+\)\./,
    )
    // The latest mark, near the frame's right edge.
    const mark = region.locator('[data-event-id]').last()
    const id = (await mark.getAttribute('data-event-id')) ?? ''
    if (viewportName === 'desktop') {
      // Its tooltip keeps the width of its words: anchored near the edge, it was once squeezed to one word a line.
      await mark.hover()
      const tip = embed.locator('.tl-tooltip')
      await expect(tip).toBeVisible()
      expect(
        (await tip.boundingBox())?.width,
        'the tooltip by the right edge is not squeezed',
      ).toBeGreaterThan(150)
    }
    await mark.click()
    const card = embed.getByRole('region', { name: 'Event details' })
    await expect(
      card.getByRole('heading', { name: eventById(id).title }),
    ).toBeVisible()
    const full = embed.getByRole('link', { name: /^Open full page/ })
    await expect(full).toHaveAttribute('target', '_blank')
    await expect(full).toHaveAttribute(
      'href',
      new RegExp(`^${baseURL}/\\?event=${id}&`),
    )
    await expect(
      card.getByRole('link', { name: /^Read it in the essay/ }),
    ).toHaveAttribute('href', /#(p-\d+|essay)$/)
    await saveScreenshot('embedded')
    await expectNoAxeViolations(
      page,
      `embedded, event selected (${viewportName})`,
    )

    // The full page is not the embed: framed by another site, the browser refuses it.
    const refused = page.waitForResponse((r) => r.url() === `${baseURL}/`)
    await page.goto(`${host.origin}/clickjack`)
    const response = await refused
    expect(
      response.headers()['content-security-policy'],
      'the full page is sent frame-ancestors none',
    ).toContain("frame-ancestors 'none'")
    await expect(
      page.frameLocator('iframe').getByRole('region', { name: 'Timeline' }),
    ).toHaveCount(0)
    const frame = page.frames().find((f) => f !== page.mainFrame())
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/)
  } finally {
    await host.close()
  }
})

/** `?embed` on the full page's address leads to the embed page, keeping the view. */
test('?embed opens the embed page for the same view', async ({ page }) => {
  await page.goto('/?embed&countries=JP')
  await expect(page).toHaveURL(/\/embed\.html\?countries=JP$/)
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: /^Open full page/ }),
  ).toBeVisible()
})
