import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next, { announceLanguage, i18nReady } from './i18n';
import { App } from './App';
import { AudiencePage } from './features/audience/AudiencePage';
import './styles/app.css';

// The audience window (#/audience/<planId>) is a page of its own: no facilitator chrome, no database.
const audience = /^#\/audience\/([\w-]{1,100})$/.exec(window.location.hash);

void i18nReady.then(() => {
  // The audience window follows the facilitator's language (AudiencePage); only the app tells the shell.
  if (audience) document.documentElement.lang = i18next.language;
  else announceLanguage();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {audience ? <AudiencePage planId={audience[1]!} /> : <App />}
    </StrictMode>,
  );
});
