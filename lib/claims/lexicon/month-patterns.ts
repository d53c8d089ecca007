import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../months';

// Example: "Sept. 17", "in February": the engine's month patterns, built from the one list in lib/months.ts
// (kept apart so the content script, which only prints months, does not carry them).

/** Lower-case short forms a writer puts before a day ("Sept. 17" as well as "Sep 17"). */
export const MONTH_SHORT_WORDS: readonly string[] = /* @__PURE__ */ MONTH_ABBREVIATIONS.map((m) =>
  m.toLowerCase(),
).concat('sept');

/** Every lower-case word that names a month: full names and short forms. */
export const MONTH_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...MONTH_SHORT_WORDS,
]);

/**
 * A capturing group: a full name, or a short form with an optional dot ("(january|…|jan\.?|…|sept?\.?|…)").
 * May is only ever written in full.
 */
export const MONTH_WORD = /* @__PURE__ */ (() =>
  `(${[
    ...MONTH_NAMES.map((m) => m.toLowerCase()),
    ...MONTH_ABBREVIATIONS.filter((m) => m !== 'May').map((m) =>
      m === 'Sep' ? String.raw`sept?\.?` : String.raw`${m.toLowerCase()}\.?`,
    ),
  ].join('|')})`)();

/** The same names as one non-capturing group of optional endings: "jan(?:uary)?|…|sep(?:t(?:ember)?)?|…". */
export const MONTH_ANY = /* @__PURE__ */ (() =>
  `(?:${MONTH_NAMES.map((m) => {
    const name = m.toLowerCase();
    const short = name.slice(0, 3);
    if (name === short) return name;
    if (short === 'sep') return 'sep(?:t(?:ember)?)?';
    return `${short}(?:${name.slice(3)})?`;
  }).join('|')})`)();
