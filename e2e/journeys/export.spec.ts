import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { openApp, openMenu, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { rawEvents } from '../content'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

const TITLE = rawEvents().title

/** The views an editor publishes: everything, a preset period, rows by country, a filter (last: the slide's). */
const VIEWS = [
  { name: 'whole', search: '', preset: null, range: /^\d{4}–\d{4}$/ },
  {
    name: '2025',
    search: '',
    preset: '2025 diplomacy',
    range: '1 January – 1 October 2025',
  },
  {
    name: 'rows-country',
    search: '?rows=country',
    preset: null,
    range: /^\d{4}–\d{4}$/,
    rows: ['United States', 'Ukraine', 'Russia'],
  },
  {
    name: 'japan',
    search: '?countries=JP',
    preset: null,
    range: /^\d{4}–\d{4}$/,
    filter: /^Showing \d+ of \d+ events · involving Japan$/,
  },
] as const

async function download(page: Page, format: 'SVG' | 'PNG'): Promise<Download> {
  await openMenu(page) // the downloads sit in the header's Menu
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${format}` }).click(),
  ])
  return file
}

/** What a reader of the file sees: parsed as XML in the browser, as an image viewer or editor would. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    const root = doc.documentElement
    return {
      isWellFormed: doc.querySelector('parsererror') === null,
      isSvg: root.localName === 'svg',
      hasScript: doc.querySelector('script, foreignObject') !== null,
      hasStyleAttributes: [...doc.querySelectorAll('*')].some(
        (el) => el.hasAttribute('style') || el.hasAttribute('class'),
      ),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
    }
  }, text)
}

/** Width and height of a PNG, from its header chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

/**
 * An editor downloads the timeline as a figure: SVG and PNG of the whole range, a preset period and a
 * filter, each with the title, the range and the filters as text, no selection unless asked for, and a
 * slide's size when chosen.
 */
test(
  'download the timeline as SVG and PNG figures',
  { tag: DESKTOP_ONLY },
  async ({ page }, testInfo) => {
    for (const view of VIEWS) {
      await openApp(page, view.search)
      // The playhead moved on screen stays out of the figure unless asked for.
      await page.getByRole('slider', { name: 'Timeline date' }).focus()
      await page.keyboard.press('ArrowRight')
      const onScreen = await page
        .getByRole('slider', { name: 'Timeline date' })
        .getAttribute('aria-valuetext')
      if (view.preset)
        await timeline(page).getByRole('button', { name: view.preset }).click()

      const svgFile = await download(page, 'SVG')
      expect(svgFile.suggestedFilename(), 'the SVG file name').toMatch(
        /^trumps-path-[a-z0-9-]+-\d{4}(-\d{4})?\.svg$/,
      )
      expect(svgFile.suggestedFilename().length).toBeLessThanOrEqual(80)
      const svgPath = testInfo.outputPath(`export-${view.name}.svg`)
      await svgFile.saveAs(svgPath)
      const svg = await readSvg(page, await readFile(svgPath, 'utf8'))
      expect(svg.isWellFormed && svg.isSvg, 'a well-formed SVG').toBe(true)
      expect(svg.hasScript, 'no script in the SVG').toBe(false)
      expect(svg.hasStyleAttributes, 'presentation attributes only').toBe(false)
      expect(svg.width, 'a column’s width').toBe('1200')
      expect(svg.texts[0], 'the title, as text').toBe(TITLE)
      expect(svg.texts[1], 'the range, as text').toMatch(view.range)
      if ('filter' in view)
        expect(svg.texts[2], 'the filter, as text').toMatch(view.filter)
      if ('rows' in view)
        for (const row of view.rows)
          expect(svg.texts, `the “${row}” row’s label, as text`).toContain(row)
      // Every view's range holds the date the essay was written, marked as on screen.
      expect(svg.texts, 'the essay’s date, marked').toContainEqual(
        expect.stringMatching(/^Essay written: \d{1,2} \w+ \d{4}$/),
      )
      expect(svg.texts, 'no playhead date by default').not.toContain(onScreen)
      expect(
        svg.texts.some((t) => t.startsWith(`Source: ${TITLE} · http`)),
        'a credit line',
      ).toBe(true)

      const pngFile = await download(page, 'PNG')
      expect(pngFile.suggestedFilename()).toBe(
        svgFile.suggestedFilename().replace(/svg$/, 'png'),
      )
      const pngPath = testInfo.outputPath(`export-${view.name}.png`)
      await pngFile.saveAs(pngPath)
      const [width, height] = pngSize(await readFile(pngPath))
      expect(width, 'the PNG at twice the column’s width').toBe(2400)
      expect(height, 'the PNG at twice the SVG’s height').toBe(
        2 * Number(svg.height),
      )
    }

    // A slide, with the selection: the playhead's date is in the figure.
    await openMenu(page)
    await page
      .getByRole('combobox', { name: 'Size' })
      .selectOption({ label: 'Slide (1920 × 1080 px)' })
    await page.getByRole('checkbox', { name: 'Include selection' }).check()
    await expectNoAxeViolations(page, 'export options set (desktop)')
    const slidePng = await download(page, 'PNG')
    expect(slidePng.suggestedFilename()).toMatch(/-slide\.png$/)
    const slidePath = testInfo.outputPath('export-japan-slide.png')
    await slidePng.saveAs(slidePath)
    expect(pngSize(await readFile(slidePath)), 'a slide at 2×').toEqual([
      3840, 2160,
    ])
    const slideSvg = await download(page, 'SVG')
    const withSelection = await readSvg(
      page,
      await readFile(await slideSvg.path(), 'utf8'),
    )
    expect(withSelection.width, 'a slide’s width').toBe('1920')
    const playheadDate = await page
      .getByRole('slider', { name: 'Timeline date' })
      .getAttribute('aria-valuetext')
    expect(
      withSelection.texts,
      'the playhead’s date, with the selection included',
    ).toContain(playheadDate)

    // The aligned lens: its drawing inside the same frame, named without calendar years.
    await page
      .getByRole('radiogroup', { name: 'Timeline view' })
      .getByRole('radio', { name: /Aligned/ })
      .check()
    await expect(timeline(page).getByText('Divided Germany')).toBeVisible()
    const alignedFile = await download(page, 'SVG')
    expect(alignedFile.suggestedFilename()).toMatch(/-aligned-slide\.svg$/)
    const aligned = await readSvg(
      page,
      await readFile(await alignedFile.path(), 'utf8'),
    )
    expect(aligned.isWellFormed && !aligned.hasScript, 'a clean SVG').toBe(true)
    expect(aligned.texts.slice(0, 2), 'its title and what it measures').toEqual(
      [TITLE, 'Aligned by guarantee: years since each guarantee'],
    )
    expect(aligned.hasStyleAttributes, 'presentation attributes only').toBe(
      false,
    )
    for (const word of ['T = 0', 'Divided Germany', 'Guarantee (T = 0)'])
      expect(aligned.texts, `“${word}” as text`).toContain(word)

    // A column without the selection: what docs/screens/export-aligned.* show.
    await openMenu(page)
    await page
      .getByRole('combobox', { name: 'Size' })
      .selectOption({ label: 'Column (1200 px wide)' })
    await page.getByRole('checkbox', { name: 'Include selection' }).uncheck()
    const column = await download(page, 'SVG')
    expect(column.suggestedFilename()).toMatch(/-aligned\.svg$/)
    const columnPath = testInfo.outputPath('export-aligned.svg')
    await column.saveAs(columnPath)
    const columnSvg = await readSvg(page, await readFile(columnPath, 'utf8'))
    expect(columnSvg.width, 'a column’s width').toBe('1200')
    await (
      await download(page, 'PNG')
    ).saveAs(testInfo.outputPath('export-aligned.png'))
  },
)
