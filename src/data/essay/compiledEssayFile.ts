/**
 * The compiled essay's file name, beside `essay.md` (see compiledEssay.ts). On its own so that the page's
 * loader can name the file without bringing the compiled essay's reader into the initial script.
 */
export const COMPILED_ESSAY_FILE = 'essay.compiled.json'
