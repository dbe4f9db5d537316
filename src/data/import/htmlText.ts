import { decodeNamedCharacterReference } from 'decode-named-character-reference'

/**
 * HTML to plain text, for imported content (TimelineJS headlines and bodies are HTML). Works without a DOM so
 * the same code runs in Node. The output is only ever rendered as text, so the aim is readable text, not
 * sanitised HTML: tags are dropped, scripts and styles with their content, entities decoded once.
 */

/** Elements whose content is not text a reader should see. */
const HIDDEN_ELEMENTS =
  /<(script|style|template|iframe|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi
/** Elements that end a line or a block: they become a space so words do not run together. */
const BREAKING_TAGS =
  /<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article)\b[^<>]*>/gi
const ANY_TAG = /<\/?[A-Za-z!?][^<>]*>/g
/** Tag-stripping passes before giving up on telling tags from text. */
const MAX_ROUNDS = 8

function fromCodePoint(code: number): string {
  const isValid =
    Number.isInteger(code) &&
    code > 0 &&
    code <= 0x10ffff &&
    !(code >= 0xd800 && code <= 0xdfff)
  return isValid ? String.fromCodePoint(code) : '\ufffd'
}

/**
 * Decode `&amp;`, `&#8217;`, `&#x2019;` and every named entity of HTML once; unknown ones stay as written.
 * The names come from HTML's own list (an own-property lookup, so `&constructor;` is no entity); a name in
 * capitals that HTML lacks is tried in lower case, as browsers are forgiving with `&AMP;`-style spellings.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi,
    (whole, body: string) => {
      if (body[0] === '#')
        return fromCodePoint(
          body[1] === 'x' || body[1] === 'X'
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10),
        )
      return decodeName(body) || decodeName(body.toLowerCase()) || whole
    },
  )
}

/** Names already looked up (the browser's lookup goes through the DOM), up to a bound: text repeats its entities. */
const decodedNames = new Map<string, string | false>()
const MAX_CACHED_NAMES = 2000

function decodeName(name: string): string | false {
  let decoded = decodedNames.get(name)
  if (decoded === undefined) {
    decoded = decodeNamedCharacterReference(name)
    if (decodedNames.size < MAX_CACHED_NAMES) decodedNames.set(name, decoded)
  }
  return decoded
}

/**
 * The text of an HTML fragment on one line: comments, scripts and styles removed, tags dropped, entities
 * decoded, whitespace collapsed. A stray `<` that starts no tag stays as text. Linear in the input length.
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
  text = text.replace(HIDDEN_ELEMENTS, ' ').replace(BREAKING_TAGS, ' ')
  // Removing one tag can join the halves of another ("<scr<b>ipt>"): repeat until nothing changes. Past a
  // few rounds the input is adversarial: drop every angle bracket rather than loop once per nesting level.
  for (let round = 1, previous = ''; previous !== text; round += 1) {
    previous = text
    text = text.replace(ANY_TAG, '')
    if (round === MAX_ROUNDS) text = text.replace(/[<>]/g, '')
  }
  return decodeEntities(text).replace(/\s+/g, ' ').trim()
}

/** A link's text from the HTML between its tags, cut to a title's length without leaving half a tag. */
function linkText(html: string): string {
  if (html.length <= MAX_LINK_TEXT) return htmlToText(html)
  return htmlToText(html.slice(0, MAX_LINK_TEXT).replace(/<[^>]*$/, ''))
}

/** An `<a …>` opening tag: `[^<>]*` stops at the next bracket, so a tag never costs more than its own length. */
const OPENING_ANCHOR = /<a\s[^<>]*>/gi
/** The first `href` of an opening tag (an attribute repeated later is ignored, as browsers do). */
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/i
const CLOSING_ANCHOR = /<\/a\s*>/gi
/** Characters of HTML read for one link's text; a title, not a page. */
const MAX_LINK_TEXT = 2000

/**
 * The `https:` links of an HTML fragment, with their text: `[{ url, text }]`, each URL once. Linear time:
 * one pass finds the opening tags, one the closings; a link's text runs to the next closing or opening tag
 * (an anchor cannot contain another), so no character is read for two links. No regular expression here
 * backtracks over more than one tag: a lazy "<a …href=…>" pattern did, and went quadratic on a tag of
 * thousands of repeated attributes.
 */
export function htmlLinks(html: string): { url: string; text: string }[] {
  const closings = [...html.matchAll(CLOSING_ANCHOR)].map((m) => m.index)
  const openings = [...html.matchAll(OPENING_ANCHOR)]
  const links = new Map<string, string>()
  let next = 0
  openings.forEach((match, i) => {
    const textStart = match.index + match[0].length
    while (next < closings.length && (closings[next] ?? 0) < textStart) next++
    const href = HREF.exec(match[0])
    if (!href) return
    const url = decodeEntities(href[1] ?? href[2] ?? href[3] ?? '').trim()
    if (!/^https:\/\//i.test(url) || links.has(url)) return
    const textEnd = Math.min(
      closings[next] ?? textStart,
      openings[i + 1]?.index ?? Infinity,
      textStart + MAX_LINK_TEXT + 1,
    )
    links.set(
      url,
      linkText(html.slice(textStart, Math.max(textStart, textEnd))),
    )
  })
  return [...links].map(([url, text]) => ({ url, text }))
}
