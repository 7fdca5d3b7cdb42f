import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import i18next, { announceLanguage, i18nReady } from './i18n';
import { App } from './App';
import { db } from './db/database';
import './styles/app.css';

// The audience window (#/audience/<planId>) is a page of its own: no facilitator chrome, no database.
const audience = /^#\/audience\/([\w-]{1,100})$/.exec(window.location.hash);
const AudiencePage = lazy(async () => ({ default: (await import('./features/audience/AudiencePage')).AudiencePage }));

// Open the database while the interface starts (first use would open it only after the first
// render); the audience page never reads it.
if (!audience) void db.open().catch(() => undefined); // a failure surfaces at the first query

void i18nReady.then(() => {
  // The audience window follows the facilitator's language (AudiencePage); only the app tells the shell.
  if (audience) document.documentElement.lang = i18next.language;
  else announceLanguage();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {audience ? (
        <Suspense fallback={null}>
          <AudiencePage planId={audience[1]!} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
});
