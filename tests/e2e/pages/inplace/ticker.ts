// A hand-written ticker: keeps a reference to one text node and rewrites its data every 200 ms,
// the new value when the test asks for one, the same text otherwise.
import { VALUES, hooks, sentence } from './figure';

const w = hooks();
w.__recoverable = [];
const p = document.getElementById('fig')!;
const node = p.firstChild as Text;
let i = 0;
const write = () => {
  const s = sentence(VALUES[i % VALUES.length]!);
  node.data = s;
  w.__wrote = s;
};
write();
setInterval(write, 200);
w.__next = () => {
  i++;
  write();
};
