/**
 * Large and odd pages made at test/bench time (they would bloat the repo as files). Text is built
 * from the seed article's own paragraphs and from templated sentences, so the pages are dense with
 * figures the engine really matches, not random digits.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const SEED = join(ROOT, 'tests/fixtures/demo/sample-article.html');

const HEAD = (title: string, extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-05-03T07:40:00Z">
<style>body{font:16px/1.5 sans-serif;max-width:900px;margin:20px auto;padding:0 16px}</style>${extra}</head><body>`;
const TAIL = '</body></html>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed article's paragraphs as plain text (tags dropped, entities left as written). */
function seedParagraphs(): string[] {
  const html = readFileSync(SEED, 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = m[1]
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (/\d/.test(text) && text.length > 60) out.push(text);
  }
  return out;
}

/** A small deterministic generator: the same page every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `The Nikkei 225 rose ${(r() * 3).toFixed(1)}% this week as exporters rallied.`,
  (r) => `The yen weakened to ${(140 + r() * 15).toFixed(2)} per dollar on Friday.`,
  (r) => `Japan held $${(1 + r() * 0.3).toFixed(2)} trillion in U.S. Treasuries in February 2025.`,
  (r) => `The 10-year Treasury yield climbed to ${(3.8 + r()).toFixed(2)}% after the jobs report.`,
  (r) =>
    `Gold traded near $${Math.round(2900 + r() * 600)} an ounce while Brent crude slipped ${(r() * 2).toFixed(1)}%.`,
  (r) =>
    `The Fed held its target range at 4.25%-4.50% for a ${['third', 'fourth', 'fifth'][Math.floor(r() * 3)]} meeting.`,
  (r) =>
    `A ${[10, 15, 25][Math.floor(r() * 3)]}% tariff on autos weighed on Toyota, whose shares fell ${(r() * 5).toFixed(1)}%.`,
  (r) => `Bitcoin gained ${(r() * 8).toFixed(1)}% to $${Math.round(80000 + r() * 30000).toLocaleString('en-US')}.`,
  (r) => `Analysts at the firm counted ${Math.round(r() * 900)} employees in the division, up from last year.`,
];

/** One paragraph of figure-dense text: seed sentences and templated ones mixed. */
function paragraph(r: () => number, seed: string[]): string {
  const parts: string[] = [];
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    parts.push(r() < 0.35 ? seed[Math.floor(r() * seed.length)] : TEMPLATES[Math.floor(r() * TEMPLATES.length)](r));
  }
  return parts.join(' ');
}

/** About `bytes` of article text dense with figures, in paragraphs with some headings, lists and a table. */
export function denseArticle(bytes = 1_000_000): string {
  const r = rng(1);
  const seed = seedParagraphs();
  const body: string[] = ['<article><h1>Markets wrap: a very long day</h1>'];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const p = esc(paragraph(r, seed));
    size += p.length;
    i++;
    if (i % 40 === 0) body.push(`<h2>Section ${i / 40}</h2>`);
    if (i % 97 === 0) body.push(`<ul><li>${p}</li><li>${esc(TEMPLATES[1](r))}</li></ul>`);
    else if (i % 151 === 0)
      body.push(
        `<table><tr><th>Item</th><th>Value</th></tr><tr><td>Nikkei 225</td><td>${(r() * 3).toFixed(1)}%</td></tr></table><p>${p}</p>`,
      );
    else body.push(`<p>${p.replace(/(\$[\d.]+)( trillion)/, '<strong>$1</strong>$2')}</p>`);
  }
  body.push('</article>');
  return HEAD('Dense 1 MB article') + body.join('\n') + TAIL;
}

/** `n` short paragraphs, one in three with a figure. */
export function manyParagraphs(n = 10_000): string {
  const r = rng(2);
  const body: string[] = ['<main><h1>Ten thousand paragraphs</h1>'];
  for (let i = 0; i < n; i++) {
    const t =
      i % 3 === 0
        ? TEMPLATES[Math.floor(r() * TEMPLATES.length)](r)
        : `Line ${i} of the live blog, with words and no figure to check here.`;
    body.push(`<p>${esc(t)}</p>`);
  }
  body.push('</main>');
  return HEAD('Many paragraphs') + body.join('\n') + TAIL;
}

/**
 * A deep DOM: several chains of nested elements, each level holding a sentence. The HTML parser
 * caps nesting (Blink at 512), so chains stay below it.
 */
export function deepDom(depth = 400, chains = 6): string {
  const r = rng(3);
  const body: string[] = ['<main><h1>Deep DOM</h1>'];
  for (let c = 0; c < chains; c++) {
    let open = '';
    let close = '';
    for (let d = 0; d < depth; d++) {
      const tag = d % 3 === 0 ? 'section' : 'div';
      const text = d % 4 === 0 ? esc(TEMPLATES[Math.floor(r() * TEMPLATES.length)](r)) : `level ${d}`;
      open += `<${tag} class="l${d % 7}"><span>${text}</span>`;
      close = `</${tag}>${close}`;
    }
    body.push(open + close);
  }
  body.push('</main>');
  return HEAD('Deep DOM') + body.join('\n') + TAIL;
}

/** One text node of `chars` characters, no element boundaries at all. */
export function giantTextNode(chars = 300_000): string {
  const r = rng(4);
  let text = '';
  while (text.length < chars) text += `${TEMPLATES[Math.floor(r() * TEMPLATES.length)](r)} `;
  return `${HEAD('Giant text node')}<div>${esc(text)}</div>${TAIL}`;
}

/** Many small tables, each cell's figure described by its headers. */
function manyTables(n = 100): string {
  const r = rng(5);
  const body: string[] = ['<h1>Many tables</h1>'];
  for (let i = 0; i < n; i++) {
    body.push(
      `<p>Table ${i}: Treasury yields</p><table><tr><th>Tenor</th><th>Yield</th></tr>` +
        `<tr><td>10-year Treasury yield</td><td>${(3.8 + r()).toFixed(2)}%</td></tr>` +
        `<tr><td>Nikkei 225</td><td>${(r() * 3).toFixed(1)}%</td></tr></table>`,
    );
  }
  return HEAD('Many tables') + body.join('\n') + TAIL;
}

/** Figures inside many custom inline elements (each asks the style engine for its display). */
function manyCustomElements(n = 1_000): string {
  const r = rng(6);
  const body: string[] = ['<h1>Custom elements</h1>'];
  for (let i = 0; i < n; i++) {
    body.push(
      `<p>The yen weakened to <fx-quote>${(140 + r() * 15).toFixed(2)}</fx-quote> per dollar; <x-note style="display:block">note ${i}</x-note></p>`,
    );
  }
  return HEAD('Many custom elements') + body.join('\n') + TAIL;
}

/** Unicode digits, separators and spaces around real figures. */
export function unicodeDigits(): string {
  const lines = [
    'Arabic-Indic: ارتفع ٠٫٨٪ and the yen at ١٤٥٫٦٢ per dollar.',
    'Extended Arabic-Indic: ۱۴۵٫۶۲ per dollar; Devanagari: १४५.६२ per dollar.',
    'Full-width: the Nikkei 225 rose ０．８％ this week; ＄１．１３ trillion.',
    'Mathematical bold: 𝟏.𝟏𝟑 trillion dollars; superscripts ¹²³ and fractions ½ ¾.',
    'Thin space: $1\u2009125.9 billion; narrow NBSP: 145\u202f62; figure space: 4\u20074.42%.',
    'Zero-width: $1.\u200b13 trillion, 4.\u200d42%, 0.\u20608% and soft hyphen 14\u00ad5.62 per dollar.',
    'Minus signs: −0.2% and ‒0.3% and –0.4% and ﹣0.5%; the Nikkei 225 rose 0.8% this week.',
    'Japan held $1.13 trillion in U.S. Treasuries in February 2025.',
  ];
  return HEAD('Unicode digits') + lines.map((l) => `<p>${esc(l)}</p>`).join('\n') + TAIL;
}

/** Huge and absurd numbers: a million digits, 1e308-sized values, endless decimals. */
export function giantNumbers(): string {
  const million = '7'.repeat(1_000_000);
  const lines = [
    `The deficit reached $${million} trillion.`,
    `Rates rose ${'9'.repeat(400)}% and the yen hit ${'1'.repeat(320)}.5 per dollar.`,
    `Holdings of $1.${'3'.repeat(5000)} trillion and ${'1,000,'.repeat(3000)}000 dollars.`,
    `${'$1.13 trillion '.repeat(2000)}`,
    'The Nikkei 225 rose 0.8% this week and Japan held $1.13 trillion in U.S. Treasuries in February 2025.',
  ];
  return HEAD('Giant numbers') + lines.map((l) => `<p>${l}</p>`).join('\n') + TAIL;
}

/** The generated part of the robustness corpus (sizes kept test-friendly; the bench uses bigger ones). */
export function generatedCorpus(): Record<string, string> {
  return {
    'gen-dense-200kb': denseArticle(200_000),
    'gen-paragraphs-3k': manyParagraphs(3_000),
    'gen-deep-dom': deepDom(400, 2),
    'gen-giant-text-node': giantTextNode(),
    'gen-many-tables': manyTables(),
    'gen-many-custom-elements': manyCustomElements(),
    'gen-unicode-digits': unicodeDigits(),
    'gen-giant-numbers': giantNumbers(),
  };
}
