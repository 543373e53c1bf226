import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { RouterProvider } from '@shared/router';
import { App } from './app/App';
import { client } from './graphql-client';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <I18nProvider>
        <RouterProvider>
          <App />
        </RouterProvider>
      </I18nProvider>
    </Provider>
  </StrictMode>,
);
