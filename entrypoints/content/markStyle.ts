import { MARK_END, MARK_TAG, MARK_VERDICT } from '../../lib/dom/highlighter';
import type { MarkStyle } from '../../lib/settings';

const COLOURS: Record<string, string> = {
  matches: '#1a7f37',
  close: '#b08800',
  differs: '#cf222e',
  'since-changed': '#8250df',
  inconsistent: '#bc4c00',
  unverifiable: '#6e7781',
};

/**
 * The page-side CSS for marks. Every property that could move text is pinned, with !important so a
 * page's `* { margin: … }` or `span`-like rules cannot shift the layout; nothing adds text (no
 * `content` other than an empty string), so innerText stays the page's own.
 */
export function markCss(style: MarkStyle): string {
  const t = MARK_TAG;
  const base = `${t}{display:inline!important;margin:0!important;padding:0!important;border:0!important;float:none!important;
font:inherit!important;letter-spacing:inherit!important;word-spacing:inherit!important;white-space:inherit!important;
color:inherit!important;cursor:help}
${t}:focus{outline:none}
${t}:focus-visible{outline:2px solid var(--claimlens-c)!important;outline-offset:1px}
${Object.entries(COLOURS)
  .map(([v, c]) => `${t}[${MARK_VERDICT}="${v}"]{--claimlens-c:${c}}`)
  .join('\n')}
@media (prefers-color-scheme: dark){${t}[${MARK_VERDICT}="differs"]{--claimlens-c:#ff7b72}${t}[${MARK_VERDICT}="since-changed"]{--claimlens-c:#bc8cff}${t}[${MARK_VERDICT}="matches"]{--claimlens-c:#4ac26b}}`;
  switch (style) {
    case 'highlight':
      return `${base}
${t}{background-color:color-mix(in srgb,var(--claimlens-c) 22%,transparent)!important;border-radius:2px}
${t}:hover{background-color:color-mix(in srgb,var(--claimlens-c) 36%,transparent)!important}`;
    case 'badge':
      // The dot is absolutely placed: it takes no room in the line.
      return `${base}
${t}[${MARK_END}]{position:relative!important}
${t}[${MARK_END}]::after{content:"";position:absolute;right:-4px;top:-3px;width:6px;height:6px;border-radius:50%;
background:var(--claimlens-c);pointer-events:none}`;
    case 'underline':
    default:
      return `${base}
${t}{text-decoration:underline dotted var(--claimlens-c)!important;text-decoration-thickness:2px!important;
text-underline-offset:3px!important;text-decoration-skip-ink:none!important}
${t}:hover{text-decoration-style:solid!important}`;
  }
}
