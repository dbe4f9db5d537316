// jsdom ships no types, and only its document is used here (scripts/prerender.ts draws SVG with it).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string)
    readonly window: { readonly document: Document }
  }
}
