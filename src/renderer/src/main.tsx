import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next, { i18nReady } from './i18n';
import { App } from './App';
import './styles/app.css';

void i18nReady.then(() => {
  document.documentElement.lang = i18next.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
