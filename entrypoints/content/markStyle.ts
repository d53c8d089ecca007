import { VERDICT_WORDS, isVerdict, type VerdictTone } from '../../lib/verdicts';
import type { MarkStyle } from '../../lib/settings';

/**
 * Colour per verdict, light and dark. Alarms are red; neutral verdicts (since-changed, check, no-figure-yet, unverifiable) grey. Keys are
 * plain strings so a verdict the judge adds later is painted grey rather than not at all.
 */
export const VERDICT_COLOURS: Record<string, { light: string; dark: string }> = {
  matches: { light: '#1a7f37', dark: '#4ac26b' },
  close: { light: '#b08800', dark: '#d29922' },
  differs: { light: '#cf222e', dark: '#ff7b72' },
  inconsistent: { light: '#cf222e', dark: '#ff7b72' },
  'since-changed': { light: '#6e7781', dark: '#9198a1' },
  outdated: { light: '#6e7781', dark: '#9198a1' },
  'no-figure-yet': { light: '#6e7781', dark: '#9198a1' },
  check: { light: '#6e7781', dark: '#9198a1' },
  unverifiable: { light: '#6e7781', dark: '#9198a1' },
};
export const FALLBACK_COLOUR = VERDICT_COLOURS.unverifiable!;

/**
 * The line under a mark, by the verdict's tone, so colour is never the only signal (WCAG 1.4.1):
 * alarms wavy, agreement solid, neutral verdicts dotted.
 */
const LINE_BY_TONE: Record<VerdictTone, 'wavy' | 'solid' | 'dotted'> = {
  alarm: 'wavy',
  agree: 'solid',
  near: 'solid',
  neutral: 'dotted',
};
export function lineOf(verdict: string): 'wavy' | 'solid' | 'dotted' {
  return isVerdict(verdict) ? LINE_BY_TONE[VERDICT_WORDS[verdict].tone] : 'dotted';
}

/** The highlight a hovered or focused mark is also painted with, drawn over its verdict's. */
export const ACTIVE = 'active';

/**
 * The page-side CSS: `::highlight()` rules only. A highlight paints over the page's text without
 * taking room or adding text, so layout and innerText stay the page's own. `name(v)` gives the
 * registered name of verdict v's highlight (names carry a per-page nonce, so a page cannot paint its
 * own text with our colours by registering a guessed name first).
 */
export function markCss(style: MarkStyle, name: (verdict: string) => string): string {
  const rules: string[] = [];
  for (const [v, c] of Object.entries(VERDICT_COLOURS)) {
    const sel = `::highlight(${name(v)})`;
    const line = lineOf(v);
    const paint = (colour: string) => {
      switch (style) {
        case 'highlight':
          return `background-color:color-mix(in srgb,${colour} 22%,transparent)${line === 'wavy' ? `;text-decoration:underline wavy ${colour} 1px` : ''}`;
        case 'badge':
          // The badge's dot is drawn by the overlay; the text gets a faint underline to say which words.
          return `text-decoration:underline solid color-mix(in srgb,${colour} 45%,transparent) 1px`;
        default:
          return `text-decoration:underline ${line} ${colour} 2px;text-underline-offset:3px;text-decoration-skip-ink:none`;
      }
    };
    rules.push(`${sel}{${paint(c.light)}}`);
    rules.push(`@media (prefers-color-scheme: dark){${sel}{${paint(c.dark)}}}`);
  }
  const active = `::highlight(${name(ACTIVE)})`;
  // A neutral tint: it shows which claim the card belongs to in every style, on light and dark pages.
  rules.push(`${active}{background-color:rgba(127,127,127,0.2)}`);
  return rules.join('\n');
}
