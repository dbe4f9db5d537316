import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deferredModule } from './deferredModule'

describe('deferredModule', () => {
  it('deferredModule(load).use() gives null, starts the load after the first render, then the module', async () => {
    let loads = 0
    const greeting = deferredModule(() => {
      loads++
      return Promise.resolve({ Greeting: () => <p>Loaded part</p> })
    })
    function Panel() {
      const part = greeting.use()
      return part ? <part.Greeting /> : <p>Stand-in</p>
    }
    render(<Panel />)
    expect(screen.getByText('Stand-in')).toBeInTheDocument()
    expect(await screen.findByText('Loaded part')).toBeInTheDocument()
    render(<Panel />)
    expect(loads).toBe(1)
  })

  it('deferredModule tries a failed load again on the next render that asks', async () => {
    let attempts = 0
    const flaky = deferredModule(() =>
      ++attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ text: 'second try' }),
    )
    function Panel() {
      return <p>{flaky.use()?.text ?? 'waiting'}</p>
    }
    await expect(flaky.preload()).rejects.toThrow('offline')
    render(<Panel />)
    expect(await screen.findByText('second try')).toBeInTheDocument()
    expect(attempts).toBe(2)
  })
})
