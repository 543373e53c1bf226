import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider, useI18n } from './i18n/i18n';
import { GraphQLProvider } from './shared/graphql-client';
import { RouterProvider } from './shared/router';
import { startPwa } from './pwa/register';
import './styles.css';

/** The API in the language on screen (what the server writes follows the language switch). */
function Api({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return <GraphQLProvider app="client" locale={locale}>{children}</GraphQLProvider>;
}

// The service worker and its GraphQL watch (production builds, served by the server), before the first request.
startPwa();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Api>
        <RouterProvider>
          <App />
        </RouterProvider>
      </Api>
    </I18nProvider>
  </StrictMode>,
);
