/**
 * Stage 1: who is at the table. Organisations (sector, contact, legislated seats, groups they
 * represent), the people who take part and vote, the sessions with attendance, and the coverage
 * check against what the law asks for. The banner names what is missing on every tab.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { computeCoverage } from '@core/coverage';
import { useParticipants, usePartners, useSessions } from '../../hooks/entities';
import { CoverageBanner } from '../coverage/CoverageBanner';
import { CoveragePanel } from '../coverage/CoveragePanel';
import { SessionsPanel } from '../sessions/SessionsPanel';
import { OrganisationsPanel } from './OrganisationsPanel';
import { PeoplePanel } from './PeoplePanel';
import './partners.css';

const TABS = ['organisations', 'people', 'sessions', 'coverage'] as const;
type Tab = (typeof TABS)[number];

export function PartnersStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['partners', 'sessions', 'coverage']);
  const { data: partners } = usePartners(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: sessions } = useSessions(plan.id);
  const [tab, setTab] = useState<Tab>('organisations');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const coverage = computeCoverage(partners, participants, sessions);

  const labels: Record<Tab, string> = {
    organisations: t('partners:organisations', { count: partners.length }),
    people: t('partners:participants', { count: participants.length }),
    sessions: t('sessions:sessions', { count: sessions.length }),
    coverage: coverage.missingSeats.length + coverage.missingGroups.length ? t('coverage:tabMissing', { count: coverage.missingSeats.length + coverage.missingGroups.length }) : t('coverage:tab'),
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next]!);
    tabRefs.current[TABS[next]!]?.focus();
  };

  return (
    <>
      <h1 id="stage-title">{t('partners:title')}</h1>
      <p className="stage-intro">{t('partners:intro')}</p>
      <CoverageBanner coverage={coverage} hasPartners={partners.length > 0} onShow={() => setTab('coverage')} />
      <div className="stage-tabs" role="tablist" aria-label={t('partners:sections')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={id === 'coverage' && labels.coverage !== t('coverage:tab') ? 'tab-warning' : undefined}
            onClick={() => setTab(id)}
          >
            {labels[id]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'organisations' && <OrganisationsPanel planId={plan.id} partners={partners} participants={participants} />}
        {tab === 'people' && <PeoplePanel planId={plan.id} partners={partners} participants={participants} sessions={sessions} />}
        {tab === 'sessions' && <SessionsPanel planId={plan.id} partners={partners} participants={participants} sessions={sessions} coverage={coverage} />}
        {tab === 'coverage' && <CoveragePanel coverage={coverage} partners={partners} participants={participants} sessions={sessions} />}
      </div>
    </>
  );
}
