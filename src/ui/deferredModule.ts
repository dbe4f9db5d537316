import { useEffect, useSyncExternalStore } from 'react'

/** A part of the page that is not in its first frame, loaded just after it (see `deferredModule`). */
export type DeferredModule<T> = {
  /** The module once loaded, else null (render a stand-in). The first render that asks starts the load. */
  readonly use: () => T | null
  /** Starts the load now (idempotent); resolves once the module is in. A failed load is tried again later. */
  readonly preload: () => Promise<T>
}

const all: DeferredModule<unknown>[] = []

/**
 * A module kept out of the initial script and fetched right after the first render, so the page's first
 * paint does not wait for it and it is in place before a reader can use it (the event details, which only
 * show once an event is chosen). Renders on the server and while hydrating see null, as the first client
 * render does, so they agree.
 */
export function deferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  let value: T | null = null
  let loading: Promise<T> | null = null
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const preload = () =>
    (loading ??= load().then(
      (loaded) => {
        value = loaded
        listeners.forEach((l) => l())
        return loaded
      },
      (error: unknown) => {
        loading = null // offline or a new deployment: the next render that asks tries again
        throw error
      },
    ))
  const module: DeferredModule<T> = {
    use() {
      const current = useSyncExternalStore(
        subscribe,
        () => value,
        () => null,
      )
      useEffect(() => {
        preload().catch(() => undefined)
      }, [])
      return current
    },
    preload,
  }
  all.push(module as DeferredModule<unknown>)
  return module
}

/** Loads every deferred module made so far (tests: so that they render as the page does once loaded). */
export function preloadDeferredModules(): Promise<unknown[]> {
  return Promise.all(all.map((m) => m.preload()))
}
