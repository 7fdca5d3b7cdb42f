/** The app shell: providers, routing between the home screen and an open plan, global commands. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './components/Announcer';
import { PlanFilesProvider, usePlanFiles } from './features/files/PlanFilesProvider';
import { HomeScreen } from './features/home/HomeScreen';
import { AboutDialog } from './features/home/AboutDialog';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NewPlanDialog } from './features/home/NewPlanDialog';
import { useRoute } from './hooks/useRoute';
import { useCommands } from './commands/useCommands';

// The workspace (stages, presenter, room) loads when a plan opens: the home screen starts without it.
const PlanWorkspace = lazy(async () => ({ default: (await import('./features/workspace/PlanWorkspace')).PlanWorkspace }));

function Screens() {
  const route = useRoute();
  const files = usePlanFiles();
  const [about, setAbout] = useState(false);
  const [creating, setCreating] = useState(false);
  useCommands({
    'plan.new': () => setCreating(true),
    'plan.open': () => void files.openFromPicker(),
    'help.about': () => setAbout(true),
    openRecent: (path) => void files.openRecent(path),
  });
  return (
    <>
      <LanguageSwitch />
      {route.name === 'plan' ? (
        <Suspense fallback={<div className="stage-loading" aria-busy="true" />}>
          <PlanWorkspace key={route.planId} planId={route.planId} stage={route.stage} />
        </Suspense>
      ) : (
        <HomeScreen />
      )}
      <AboutDialog open={about} onClose={() => setAbout(false)} />
      <NewPlanDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export function App() {
  const { t } = useTranslation('common');
  return (
    <AnnouncerProvider dismissLabel={t('dismiss')}>
      <PlanFilesProvider>
        <Screens />
      </PlanFilesProvider>
    </AnnouncerProvider>
  );
}
