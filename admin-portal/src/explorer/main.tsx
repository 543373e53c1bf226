// Monaco's workers (editor, JSON, GraphQL) as Vite-built chunks of this app: nothing from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
// GraphiQL's fonts, inlined as data: URLs (its stylesheet names Roboto and Fira Code but ships no @font-face).
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Explorer } from './Explorer';
import './explorer.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
