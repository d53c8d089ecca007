// React 19 client render.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './react-app';
import { hooks } from './figure';

const w = hooks();
w.__recoverable = [];
createRoot(document.getElementById('root')!, { onRecoverableError: (e) => w.__recoverable.push(String(e)) }).render(createElement(App));
