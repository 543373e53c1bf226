import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphQLProvider } from '@shared/graphql-client';
import { RouterProvider } from '@shared/router';
import { App } from './app/App';
import { I18nProvider, useI18n } from './i18n/i18n';
import './styles.css';

/** The API in the language on screen (explanations and the health check follow the language switch). */
function Api({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return <GraphQLProvider app="admin" locale={locale}>{children}</GraphQLProvider>;
}

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
