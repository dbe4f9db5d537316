import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { fail } from './expect'

export type AxeSummary = {
  readonly state: string
  readonly violations: number
  readonly passes: number
  /** Checks axe could not decide (e.g. contrast over an image): reported, not failed. */
  readonly incomplete: readonly string[]
}

/** Every axe run of this process, for the summary at the end. */
export const axeLog: AxeSummary[] = []

/**
 * Runs axe-core (all default rules: WCAG 2.0-2.2 A/AA incl. contrast, and best practices) on the page as it
 * is now, and fails listing each violation: rule id, impact, target selectors and help.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] }) // passes and incomplete keep one node each: about twice as fast
    .analyze()
  axeLog.push({
    state,
    violations: results.violations.length,
    passes: results.passes.length,
    incomplete: results.incomplete.map((r) => r.id),
  })
  if (results.violations.length === 0) return
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} [${v.helpUrl}]`,
    ...v.nodes
      .slice(0, 6)
      .map(
        (n) =>
          `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replaceAll('\n', ' ')}` : ''}`,
      ),
    ...(v.nodes.length > 6 ? [`    … and ${v.nodes.length - 6} more`] : []),
  ])
  fail(
    `axe, ${state}: ${results.violations.length} violations\n${lines.join('\n')}`,
  )
}
