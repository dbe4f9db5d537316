/** Word lists and weights for the synthetic datasets: plausible, not real, content. */

/** UTC ms of 1 January 1945, the earliest date drawn. */
export const FIRST_MS = Date.UTC(1945, 0, 1)
/** The datasets' `asOf`, as in the real content. */
export const AS_OF = '2025-08-31'
export const AS_OF_MS = Date.UTC(2025, 7, 31)
export const DAY_MS = 86_400_000

/** Dense bursts of events: [centre ISO day, spread (standard deviation) in days, relative weight]. */
export const CLUSTERS: readonly (readonly [string, number, number])[] = [
  ['1948-06-24', 120, 1.5], // Berlin blockade
  ['1950-06-25', 300, 2], // Korea
  ['1956-10-29', 30, 1], // Suez and Hungary
  ['1962-10-22', 10, 1.5], // Cuba
  ['1968-08-20', 20, 0.7],
  ['1973-10-06', 15, 0.8],
  ['1979-12-25', 40, 0.7],
  ['1989-11-09', 200, 2],
  ['1991-01-17', 40, 1],
  ['1995-08-30', 80, 1],
  ['1999-03-24', 50, 1],
  ['2001-09-11', 30, 1.5],
  ['2003-03-20', 40, 1],
  ['2008-08-07', 10, 0.7],
  ['2014-03-01', 60, 2],
  ['2022-02-24', 90, 3],
  ['2025-02-28', 10, 2], // the 2025 weeks: several bursts a few days apart
  ['2025-03-11', 7, 1],
  ['2025-08-15', 5, 2.5],
  ['2025-08-18', 3, 3],
]

export const POINT_KINDS = [
  ['statement', 3],
  ['meeting', 2],
  ['summit', 1.5],
  ['agreement', 1.5],
  ['treaty', 1],
  ['report', 1],
  ['incident', 2],
  ['policy', 1.5],
] as const

export const SPAN_KINDS = [
  ['operation', 3],
  ['mission', 2.5],
  ['conflict', 2],
  ['institution', 1],
  ['policy', 1],
  ['agreement', 0.5],
  ['treaty', 0.5],
] as const

/** [ISO code, relative weight]; SU/RU and DD are swapped or dropped by year in the generator. */
export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 10],
  ['GB', 4],
  ['FR', 4],
  ['DE', 4],
  ['RU', 4],
  ['UA', 4],
  ['PL', 2],
  ['JP', 2],
  ['KR', 2],
  ['KP', 1],
  ['CN', 2],
  ['IT', 1.5],
  ['CA', 1.5],
  ['TR', 1],
  ['IQ', 1],
  ['IL', 1],
  ['EG', 1],
  ['SY', 1],
  ['AF', 1],
  ['RS', 1],
  ['BA', 0.7],
  ['XK', 0.5],
  ['DD', 0.5],
  ['BY', 1],
  ['GE', 0.7],
  ['MD', 0.5],
  ['EE', 0.6],
  ['LV', 0.6],
  ['LT', 0.6],
  ['FI', 0.8],
  ['SE', 0.8],
  ['NO', 0.8],
  ['NL', 0.8],
  ['BE', 0.6],
  ['ES', 0.6],
  ['AU', 0.8],
  ['NZ', 0.3],
  ['IN', 0.8],
  ['PK', 0.6],
  ['SA', 0.6],
  ['IR', 1],
  ['HU', 0.5],
  ['CZ', 0.5],
  ['RO', 0.5],
  ['BG', 0.4],
  ['SK', 0.4],
  ['HR', 0.4],
  ['VN', 0.8],
  ['TW', 0.6],
  ['PH', 0.5],
  ['ZA', 0.3],
]

/** [code, relative weight, first year it existed under that name]. */
export const ORGANIZATIONS: readonly (readonly [string, number, number])[] = [
  ['NATO', 5, 1949],
  ['UN', 4, 1945],
  ['EU', 2, 1993],
  ['OSCE', 1, 1995],
  ['G7', 1, 1975],
  ['NORAD', 0.5, 1958],
  ['MFO', 0.2, 1981],
]

export const TOPICS = [
  'air defence',
  'nuclear deterrence',
  'reconstruction aid',
  'ceasefire monitoring',
  'border security',
  'arms control',
  'maritime patrols',
  'refugee relief',
  'energy supplies',
  'troop deployments',
  'prisoner exchanges',
  'sanctions relief',
  'missile defence',
  'intelligence sharing',
  'peacekeeping',
  'the demilitarised zone',
  'security guarantees',
  'airspace violations',
  'naval access',
  'grain exports',
  'war reparations',
  'occupation zones',
  'base rights',
  'mutual defence',
] as const

export const CODEWORDS_A = [
  'Steadfast',
  'Northern',
  'Iron',
  'Blue',
  'Silent',
  'Swift',
  'Allied',
  'Provide',
  'Joint',
]
export const CODEWORDS_B = [
  'Shield',
  'Watch',
  'Lance',
  'Harbour',
  'Comfort',
  'Guardian',
  'Sentry',
  'Anvil',
  'Resolve',
]

export const PUBLISHERS = [
  ['Office of the Historian', 'primary'],
  ['NATO', 'primary'],
  ['United Nations', 'primary'],
  ['The Avalon Project', 'primary'],
  ['Reuters', 'news'],
  ['Associated Press', 'news'],
  ['BBC News', 'news'],
  ['Kyiv Independent', 'news'],
  ['Encyclopaedia Britannica', 'reference'],
  ['Council on Foreign Relations', 'reference'],
  ['Wilson Center Digital Archive', 'primary'],
] as const
