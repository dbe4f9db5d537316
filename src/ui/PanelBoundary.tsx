import { Component, type ErrorInfo, type ReactNode } from 'react'
import './PanelBoundary.css'

type Props = {
  /** The panel's name, for the console ("Timeline", "Essay"…). */
  readonly name: string
  readonly children: ReactNode
}

type State = {
  readonly error: Error | null
  /** Bumped by "Reload panel" so the children mount afresh rather than reusing broken state. */
  readonly attempt: number
}

/** A thrown value as a short, single-line message (anything can be thrown, not only Errors). */
function describe(error: unknown): string {
  const text =
    error instanceof Error ? error.message : String(error ?? 'unknown error')
  const line = text.split('\n')[0]?.trim() || 'unknown error'
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

/**
 * Keeps one panel's failure to that panel: a render error shows a small alert with the message and a
 * "Reload panel" button, while the other panels stay usable. React error boundaries must be classes.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return {
      error: error instanceof Error ? error : new Error(describe(error)),
    }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the stack for whoever debugs it; the page shows one line.
    console.error(
      `Panel "${this.props.name}" failed`,
      error,
      info.componentStack,
    )
  }

  private readonly reload = () =>
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))

  override render() {
    const { error, attempt } = this.state
    if (error)
      return (
        <div className="panel-failed" role="alert">
          <p>This panel failed: {describe(error)}</p>
          <button type="button" className="button" onClick={this.reload}>
            Reload panel
          </button>
        </div>
      )
    return <Remount key={attempt}>{this.props.children}</Remount>
  }
}

/** A keyed wrapper: changing its key discards the failed subtree's state. */
function Remount({ children }: { children: ReactNode }) {
  return <>{children}</>
}
