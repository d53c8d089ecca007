import type { AliasDrop } from '../site';

/** Headings of a box of definitions. */
const GLOSSARY_HEADING_RE = /^[\s\u00a0]*(?:glossary|key[\s\u00a0]+terms|jargon(?:[\s\u00a0]+buster)?|definitions?)\b/i;

/**
 * glossary-entry. Example: "Glossary · Basis point · A rate that moves from 2.00% to 2.25% has risen 25 basis points":
 * a definition's figures illustrate a word; they are no market's or bank's.
 */
export const glossaryEntry: AliasDrop = (_o, { text }) => GLOSSARY_HEADING_RE.test(text);
