import type { Claim } from '../types';
import { stepOf } from './tolerances';

/** Figures in a finding's words, written at the scale the article uses: "6,846.61", "1,185.5 billion". */

const SCALES: [RegExp, number, string][] = [
  [/trillion|\dtn\b|\btn\b/i, 1e12, 'trillion'],
  [/billion|\dbn\b|\bbn\b/i, 1e9, 'billion'],
  [/million|\dmn\b|\bmn\b/i, 1e6, 'million'],
];

function scaleOf(c: Claim): [number, string] {
  for (const [re, size, word] of SCALES) if (re.test(c.text)) return [size, word];
  return [1, ''];
}

function plain(v: number, step: number): string {
  return grouped(Math.abs(v), Math.min(6, Math.max(0, Math.round(-Math.log10(step)))));
}

/** 6846.61 → "6,846.61": toFixed and commas (toLocaleString builds a number formatter on every call). */
export function grouped(v: number, decimals: number): string {
  const [int, frac] = v.toFixed(decimals).split('.');
  const withCommas = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${withCommas}.${frac}` : withCommas;
}

/** `v` written like claim `like`: its scale word and `extra` digits more than its last written one. */
export function like(v: number, c: Claim, extra = 0): string {
  const [size, word] = scaleOf(c);
  const text = plain(v / size, stepOf(c) / size / 10 ** extra);
  return word ? `${text} ${word}` : text;
}

/** A claim's own figure as written, without its sign. */
export function stated(c: Claim): string {
  return like(c.value, c);
}

/** "+ 4.31" or "− 4.31". */
export function signed(v: number, text: string): string {
  return `${v < 0 ? '−' : '+'} ${text}`;
}
