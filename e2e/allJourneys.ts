import { darkModeJourney, layoutJourney } from './journeys/a11y'
import { availabilityJourney, headersJourney } from './journeys/availability'
import { brokenContentJourney } from './journeys/brokenContent'
import { citationJourney } from './journeys/citation'
import { deepLinkJourney } from './journeys/deepLink'
import { filtersJourney } from './journeys/filters'
import { hostileJourney } from './journeys/hostile'
import { keyboardJourney } from './journeys/keyboard'
import { printJourney } from './journeys/print'
import { scrubJourney } from './journeys/scrub'
import { selectEventJourney } from './journeys/selectEvent'
import { sourceJourney } from './journeys/source'
import type { Journey } from './runner'

/** Every journey, in the order they run. */
export const JOURNEYS: readonly Journey[] = [
  layoutJourney,
  citationJourney,
  selectEventJourney,
  scrubJourney,
  filtersJourney,
  sourceJourney,
  deepLinkJourney,
  printJourney,
  brokenContentJourney,
  hostileJourney,
  availabilityJourney,
  headersJourney,
  keyboardJourney,
  darkModeJourney,
]
