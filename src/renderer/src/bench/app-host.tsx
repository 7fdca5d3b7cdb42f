/**
 * The real app, mounted in the benchmark page: same components, hooks, database and routes as
 * index.html (src/renderer/src/main.tsx), so the benchmark can change data through the domain
 * functions the screens call and time how long the screen takes to show it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next, { i18nReady } from '../i18n';
import { App } from '../App';
import '../styles/app.css';

export async function mountApp(): Promise<void> {
  await i18nReady;
  document.documentElement.lang = i18next.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
