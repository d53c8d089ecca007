// The few React 19 entry points the in-place update pages use (React ships no types of its own and
// the project has no @types/react): enough for these pages to type-check.
declare module 'react' {
  export type Child = string | number | Element | null;
  export interface Element {
    readonly type: unknown;
  }
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: Child[]): Element;
  export function useState<T>(initial: T): [T, (next: T | ((prev: T) => T)) => void];
  export function useEffect(effect: () => void | (() => void), deps?: unknown[]): void;
  export function useLayoutEffect(effect: () => void | (() => void), deps?: unknown[]): void;
}
declare module 'react-dom/client' {
  import type { Element } from 'react';
  interface RootOptions {
    onRecoverableError?: (error: unknown) => void;
  }
  export function createRoot(container: globalThis.Element, options?: RootOptions): { render(el: Element): void };
  export function hydrateRoot(container: globalThis.Element, el: Element, options?: RootOptions): unknown;
}
declare module 'react-dom/server' {
  import type { Element } from 'react';
  export function renderToString(el: Element): string;
}
