// React 19 hydration of server-rendered HTML, started late (when the test calls __hydrate, after the
// extension has marked the page): React must find exactly the DOM it rendered on the server.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-app';
import { hooks, sentence, VALUES } from './figure';

const w = hooks();
w.__recoverable = [];
// Until hydration the server's HTML is the page's text.
w.__wrote = sentence(VALUES[0]);
w.__hydrate = () =>
  hydrateRoot(document.getElementById('root')!, createElement(App), {
    onRecoverableError: (e) => w.__recoverable.push(String(e)),
  });
