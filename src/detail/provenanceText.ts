import type { LinkProvenance } from '../data/types'

/**
 * What the event panel says about the citation that opened an event: whose link it was. An unmarked link is
 * the author's, target and all (an essay written for this format); the shipped essay marks every link.
 */
export function openingCitationText(provenance: LinkProvenance | null): string {
  switch (provenance) {
    case 'inferred':
      return 'The author linked this phrase; the original target was lost, so this event is our best reading.'
    case 'added':
      return 'Link added by the editors.'
    default:
      return 'The author linked this phrase to this event.'
  }
}

/** A citing passage's short label in the event panel's list; none for an unmarked link (nothing to flag). */
export function citingLabel(provenance: LinkProvenance | null): string | null {
  if (provenance === 'added') return 'Link added by the editors'
  if (provenance === 'inferred')
    return 'The author’s link (its event is our reading)'
  return null
}
