// A Preact page re-rendering a figure: Preact writes a changed text child into the Text node it
// keeps for it (node.data = ...), and re-renders every 200 ms for a ticking counter.
import { h, render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { VALUES, hooks, sentence } from './figure';

const w = hooks();
w.__recoverable = [];

function App() {
  const [i, setI] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    w.__next = () => setI((x) => x + 1);
    const t = setInterval(() => setTick((x) => x + 1), 200);
    return () => clearInterval(t);
  }, []);
  const v = VALUES[i % VALUES.length]!;
  useLayoutEffect(() => {
    w.__wrote = sentence(v);
  });
  return h('div', null, h('p', { id: 'fig' }, 'Consumer prices rose ', v, '% in the year to February 2025, the Labor Department said.'), h('p', { id: 'tick' }, 'Refreshed ', tick, ' times.'));
}

render(h(App, null), document.getElementById('root')!);
