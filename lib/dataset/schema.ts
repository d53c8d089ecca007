import * as v from 'valibot';

/**
 * The bundled dataset's wire format. The same schema validates the build output (`npm run data`),
 * the copy bundled in the extension and every refresh download, so a file that passes here is
 * safe for the engine to read.
 */

export const CATEGORIES = ['rates', 'fx', 'indices', 'macro', 'tariffs', 'holdings', 'commodities', 'crypto'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Indicator kinds from the catalogue: they decide how a claim's number is read (level vs change). */
export const INDICATOR_KINDS = [
  'level',
  'share',
  'rate',
  'yield',
  'fx',
  'index',
  'inflation',
  'labour',
  'growth',
  'target',
  'tariff',
  'commodity',
  'crypto',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const UNITS = [
  'USD',
  'percent',
  'points',
  'JPY per USD',
  'USD per EUR',
  'USD per GBP',
  'CNY per USD',
  'USD per troy ounce',
  'USD per barrel',
  'CAD per USD',
  'KRW per USD',
  /** A count of jobs (payroll changes). */
  'jobs',
] as const;
export type Unit = (typeof UNITS)[number];

/** Periods: a year, a half, a quarter, a month or a day. */
export const PERIOD_RE = /^\d{4}(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?$/;
export const DATE_RE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** as_of may be a day or, where the page only gave a month, a month. */
export const AS_OF_RE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url('source url is not a URL'),
  v.startsWith('https://', 'source url must be https'),
);
const finite = v.pipe(v.number(), v.finite('value must be a finite number'));
const shortText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const SourceSchema = v.strictObject({
  name: shortText(300),
  url: httpsUrl,
  /** Where the figure was actually read when that was a copy of the publisher's page (never shown on the card). */
  via: v.optional(v.pipe(v.string(), v.maxLength(2048), v.startsWith('https://', 'via must be https'))),
});

const IndicatorSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2,6}\.[a-z0-9_]+$/, 'indicator id must look like xx.name')),
  name: shortText(200),
  unit: v.picklist(UNITS),
  kind: v.picklist(INDICATOR_KINDS),
  category: v.picklist(CATEGORIES),
  aliases: v.pipe(v.array(shortText(120)), v.maxLength(64)),
});

const ObservationSchema = v.strictObject({
  indicator: v.string(),
  period: v.pipe(v.string(), v.regex(PERIOD_RE, 'period must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM-DD')),
  value: finite,
  unit: v.picklist(UNITS),
  as_of: v.pipe(v.string(), v.regex(AS_OF_RE, 'as_of must be YYYY-MM or YYYY-MM-DD')),
  /** Index into `sources`. */
  source: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** Step indicators (policy rates, tariffs): the last day this value was in force; absent while in force. */
  valid_to: v.optional(v.pipe(v.string(), v.regex(DATE_RE, 'valid_to must be YYYY-MM-DD'))),
});

const SeriesSchema = v.strictObject({
  indicator: v.string(),
  frequency: v.picklist(['daily', 'monthly']),
  /** [YYYY-MM-DD, value] pairs in date order; monthly points are dated the 1st. */
  points: v.pipe(v.array(v.tuple([v.pipe(v.string(), v.regex(DATE_RE)), finite])), v.maxLength(20000)),
  source: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const DatasetSchema = v.strictObject({
  format: v.literal(1),
  /** Compared with compareVersions(); a refresh never installs an older one. */
  version: v.pipe(v.string(), v.regex(/^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/, 'version must be YYYY.M.D[.N]')),
  snapshot: v.pipe(v.string(), v.regex(DATE_RE, 'snapshot must be YYYY-MM-DD')),
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1), v.maxLength(2000)),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(20000)),
  observations: v.pipe(v.array(ObservationSchema), v.maxLength(200000)),
  series: v.pipe(v.array(SeriesSchema), v.maxLength(500)),
  /** Fuse.js index of the alias list (Fuse.createIndex(...).toJSON()), built once by `npm run data`. */
  aliasIndex: v.optional(v.unknown()),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type Series = v.InferOutput<typeof SeriesSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
