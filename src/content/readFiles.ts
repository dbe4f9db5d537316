import type { OpenedFile } from './openFiles'
import { fileSizeProblem } from './openFiles'

export type ReadResult =
  | { readonly ok: true; readonly files: readonly OpenedFile[] }
  | { readonly ok: false; readonly message: string }

/** Read picked or dropped files as text, refusing oversized ones before reading them. */
export async function readFiles(files: readonly File[]): Promise<ReadResult> {
  for (const file of files) {
    const problem = fileSizeProblem(file.name, file.size)
    if (problem) return { ok: false, message: problem }
  }
  try {
    const texts = await Promise.all(files.map((file) => file.text()))
    return {
      ok: true,
      files: files.map((file, i) => ({
        name: file.name,
        text: texts[i] ?? '',
      })),
    }
  } catch (error) {
    return {
      ok: false,
      message: `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
