import type { ReactNode } from 'react'

/** Replaced by the loader: fetches and validates the content, then renders children. */
export function ContentLoader({ children }: { children: ReactNode }) {
  return <>{children}</>
}
