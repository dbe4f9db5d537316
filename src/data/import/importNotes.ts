import { plural } from '../problems'

/**
 * What an import could not keep, written for an editor: one sentence per kind of loss, counted, naming the
 * events by their headline (or, from a spreadsheet, by row and headline), never by a path in the file.
 * `ImportNotes` collects; `sentences()` words them in the order the losses were first met.
 */

/** How each kind of loss is said: its count and the events it concerns (`names` may be ''). */
const SENTENCES = {
  'skipped-range': (n: number, names: string) =>
    `${plural(n, 'event')} dated before year 1 or after 9999 ${n === 1 ? 'was' : 'were'} left out (the format supports years 1 to 9999)${names}.`,
  'skipped-date': (n: number, names: string) =>
    `${plural(n, 'event')} ${n === 1 ? 'was' : 'were'} left out: ${n === 1 ? 'its' : 'their'} start date is not a date the format can place${names}.`,
  'skipped-shape': (n: number) =>
    `${plural(n, 'entry', 'entries')} of the events list ${n === 1 ? 'is' : 'are'} not an event and ${n === 1 ? 'was' : 'were'} left out.`,
  'end-dropped': (n: number, names: string) =>
    `${plural(n, 'end date')} that ${n === 1 ? 'is' : 'are'} not a date the format can place ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  'end-before': (n: number, names: string) =>
    `${plural(n, 'end date')} before ${n === 1 ? 'its' : 'their'} start ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  ms: (n: number) =>
    `Milliseconds on ${plural(n, 'date')} were dropped (times stop at the second).`,
  'media-relative': (n: number, names: string, what: string) =>
    `${plural(n, what)} on a relative path ${n === 1 ? 'was' : 'were'} dropped (only full https addresses can be shown)${names}.`,
  'media-http': (n: number, names: string, what: string) =>
    `${plural(n, what)} on an insecure http: address ${n === 1 ? 'was' : 'were'} dropped (only https addresses are shown)${names}.`,
  'media-unusable': (n: number, names: string, what: string) =>
    `${plural(n, what)} with an address that is not a web address ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  'media-html': (n: number, names: string) =>
    `${plural(n, 'quotation or embed', 'quotations or embeds')} written into the media field ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  'title-media': () =>
    'The title slide’s media was dropped (the essay shows no pictures).',
  background: (n: number) =>
    `${plural(n, 'slide background')} ${n === 1 ? 'was' : 'were'} dropped (the timeline draws none).`,
  thumbnail: (n: number) =>
    `${plural(n, 'media thumbnail')} ${n === 1 ? 'was' : 'were'} not kept (the event panel shows the media itself).`,
  untitled: (n: number, names: string) =>
    `${plural(n, 'event')} had no headline and ${n === 1 ? 'is' : 'are'} called “Untitled event”${names}.`,
  'long-text': (n: number, names: string) =>
    `The text of ${plural(n, 'event')} is longer than the event panel holds: it shows the beginning, the essay keeps it whole${names}.`,
  'long-field': (n: number, names: string) =>
    `${plural(n, 'headline, caption or credit', 'headlines, captions or credits')} too long for the format ${n === 1 ? 'was' : 'were'} cut short${names}.`,
  'era-dropped': (n: number, names: string) =>
    `${plural(n, 'era')} could not be kept (${n === 1 ? 'its' : 'their'} dates are not dates the format can place)${names}.`,
  'country-unknown': (n: number, names: string) =>
    `${plural(n, 'country code')} ${n === 1 ? 'was' : 'were'} not recognised and dropped${names}.`,
  'organization-unknown': (n: number, names: string) =>
    `${plural(n, 'organisation')} not written as a short code (like NATO) ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  'source-dropped': (n: number, names: string) =>
    `${plural(n, 'source')} without a full https address ${n === 1 ? 'was' : 'were'} dropped${names}.`,
  'time-unread': (n: number, names: string) =>
    `${plural(n, 'time of day', 'times of day')} ${n === 1 ? 'is' : 'are'} not a time and ${n === 1 ? 'was' : 'were'} left out (write them as 13:30 or 1:30 PM)${names}.`,
  'title-extra': (n: number, names: string) =>
    `${plural(n, 'further row')} of type “title” ${n === 1 ? 'was' : 'were'} read as ${n === 1 ? 'an event' : 'events'} (a timeline has one title slide)${names}.`,
  'column-ignored': (n: number, names: string) =>
    `${plural(n, 'column')} ${n === 1 ? 'is' : 'are'} not part of the template and ${n === 1 ? 'was' : 'were'} not read${names}.`,
  'too-many': (n: number, names: string) =>
    `${plural(n, 'list')} longer than the format allows ${n === 1 ? 'was' : 'were'} cut short${names}.`,
} as const

export type NoteKind = keyof typeof SENTENCES

/** Events named in one sentence before "and N more". */
const NAMED = 3

/** Media kinds in words, for the media sentences. */
export type MediaWord = 'image' | 'video' | 'media link'

export class ImportNotes {
  private readonly notes = new Map<
    string,
    { kind: NoteKind; what: MediaWord; count: number; names: string[] }
  >()

  /** Count one loss of `kind`, concerning the event called `name` ('' for none). */
  add(kind: NoteKind, name = '', what: MediaWord = 'image'): void {
    const key = `${kind}:${what}`
    let note = this.notes.get(key)
    if (!note) this.notes.set(key, (note = { kind, what, count: 0, names: [] }))
    note.count++
    if (name !== '' && note.names.length < NAMED && !note.names.includes(name))
      note.names.push(name)
  }

  isEmpty(): boolean {
    return this.notes.size === 0
  }

  /** One sentence per kind of loss, in the order they were first met. */
  sentences(): string[] {
    return [...this.notes.values()].map(({ kind, what, count, names }) => {
      const more =
        count > names.length
          ? ` and ${(count - names.length).toLocaleString('en-US')} more`
          : ''
      const named = names.length > 0 ? `: ${names.join(', ')}${more}` : ''
      return SENTENCES[kind](count, named, what)
    })
  }
}
