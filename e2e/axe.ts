import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Runs axe-core (all default rules: WCAG 2.0-2.2 A/AA incl. contrast, and best practices) on the page as it
 * is now, as a step named after `state`, and fails listing each violation: rule id, impact, targets and help.
 * Checks axe could not decide (e.g. contrast over an image) are noted on the test, not failed.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
): Promise<void> {
  await test.step(`axe: ${state}`, async () => {
    const results = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] }) // passes and incomplete keep one node each: about twice as fast
      .analyze()
    test.info().annotations.push({
      type: 'axe',
      description: `${state}: ${results.violations.length} violations, ${results.passes.length} rules passed${results.incomplete.length ? `; needs review: ${results.incomplete.map((r) => r.id).join(', ')}` : ''}`,
    })
    const violations = results.violations.map((v) =>
      [
        `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} [${v.helpUrl}]`,
        ...v.nodes
          .slice(0, 6)
          .map(
            (n) =>
              `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replaceAll('\n', ' ')}` : ''}`,
          ),
        ...(v.nodes.length > 6 ? [`    … and ${v.nodes.length - 6} more`] : []),
      ].join('\n'),
    )
    expect(violations, `axe, ${state}`).toEqual([])
  })
}
