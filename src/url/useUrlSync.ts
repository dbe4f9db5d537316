/** Replaced by the URL module. */
export function useUrlSync(): void {}
