/**
 * The figure the in-place update pages rewrite, shared by the pages' scripts (bundled with esbuild
 * at test time) and the test that checks them. Each value is judged by the engine in Node to know
 * the verdict the mark must show.
 */
export const PUBLISHED = '2025-03-20';
export const VALUES = ['2.8', '2.4', '3.0', '2.9', '2.8'] as const;
export const sentence = (v: string) => `Consumer prices rose ${v}% in the year to February 2025, the Labor Department said.`;

/** What each page exposes to the test, on window. */
export interface PageHooks {
  /** The figure's sentence as the page's own script last wrote it into the DOM. */
  __wrote: string;
  /** Moves the page to the next value. */
  __next: () => void;
  /** Errors React reported as recoverable (hydration mismatches, #418). */
  __recoverable: string[];
}

export const hooks = () => window as unknown as PageHooks & Record<string, unknown>;
