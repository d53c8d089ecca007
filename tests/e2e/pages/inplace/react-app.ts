// The React 19 page's component, rendered on the client (react-client.ts), or to HTML in the test
// (react-dom/server) and hydrated later (react-hydrate.ts).
import { createElement as h, useEffect, useLayoutEffect, useState } from 'react';
import { VALUES, hooks, sentence } from './figure';

export function App() {
  const [i, setI] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const w = hooks();
    w.__next = () => setI((x) => x + 1);
    const t = setInterval(() => setTick((x) => x + 1), 200);
    return () => clearInterval(t);
  }, []);
  const v = VALUES[i % VALUES.length]!;
  useLayoutEffect(() => {
    hooks().__wrote = sentence(v);
  });
  return h('div', null, h('p', { id: 'fig' }, 'Consumer prices rose ', v, '% in the year to February 2025, the Labor Department said.'), h('p', { id: 'tick' }, 'Refreshed ', tick, ' times.'));
}
