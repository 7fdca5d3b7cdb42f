/**
 * Hash routing: `#/` (home) and `#/plan/<id>/<stage>`. The route survives a reload, so closing and
 * reopening the app comes back to the same plan and stage.
 */
import { useEffect, useState } from 'react';
import { WORKSHOP_STAGES, type WorkshopStage } from '@core/presentation/agenda';

/** The workshop screens, in order: one list, owned by the domain (the presenter's agenda maps them). */
export const STAGES = WORKSHOP_STAGES;
export type Stage = WorkshopStage;

export type Route = { name: 'home' } | { name: 'plan'; planId: string; stage: Stage };

export function parseRoute(hash: string): Route {
  const m = /^#\/plan\/([\w-]+)(?:\/(\w+))?$/.exec(hash);
  if (!m) return { name: 'home' };
  const stage = (STAGES as readonly string[]).includes(m[2] ?? '') ? (m[2] as Stage) : 'partners';
  return { name: 'plan', planId: m[1]!, stage };
}

export function routeHash(route: Route): string {
  return route.name === 'home' ? '#/' : `#/plan/${route.planId}/${route.stage}`;
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
