import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layer rule in eslint.config.js, run on imports written into files of each layer: the wrong-way imports
 * fail lint, the right-way ones pass. The imported modules are real, so the rule resolves them as it does in
 * the tree.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message)
}

describe('the layer rule (eslint.config.js)', () => {
  it('refuses a feature importing another feature', async () => {
    const errors = await layerErrors(
      'src/essay/Probe.tsx',
      "import { EventDetailPanel } from '../detail/EventDetailPanel'\nexport const probe = EventDetailPanel\n",
    )
    expect(errors).toEqual([
      expect.stringMatching(/^feature must not import feature/),
    ])
  })

  it('refuses the store importing a feature', async () => {
    const errors = await layerErrors(
      'src/store/probe.ts',
      "import { GuideControls } from '../guide/GuideControls'\nexport const probe = GuideControls\n",
    )
    expect(errors).toEqual([
      expect.stringMatching(/^store must not import feature/),
    ])
  })

  it('refuses the data layer importing the store or the UI', async () => {
    const errors = await layerErrors(
      'src/data/probe.ts',
      "import { useTimelineStore } from '../store/timelineStore'\nimport { PanelBoundary } from '../ui/PanelBoundary'\nexport const probe = [useTimelineStore, PanelBoundary]\n",
    )
    expect(errors).toEqual([
      expect.stringMatching(/^data must not import store/),
      expect.stringMatching(/^data must not import ui/),
    ])
  })

  it('allows the way down: a feature reading the store, the data and its own files', async () => {
    const errors = await layerErrors(
      'src/essay/Probe.tsx',
      "import { useTimelineStore } from '../store/timelineStore'\nimport { formatDate } from '../data/dates'\nimport { EssayPanel } from './EssayPanel'\nexport const probe = [useTimelineStore, formatDate, EssayPanel]\n",
    )
    expect(errors).toEqual([])
  })
})
