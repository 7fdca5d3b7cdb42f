/**
 * One priority in the framework's shape: problem statement with local data, vulnerable groups,
 * risk factors, protective factors, activities by planning area with leads, and outcomes at
 * three levels.
 */
import { useTranslation } from 'react-i18next';
import { OUTCOME_LEVELS, PLANNING_AREAS, type Card, type CatalogueEntry, type OutcomeLevel, type Outcome, type Partner, type PlanResponse } from '@core/model';
import type { PriorityProfile as Profile } from '@core/matrix';
import { db } from '../../db/database';
import { addProtectiveFactor } from '../../domain/profiles';
import { useAnnouncer } from '../../components/Announcer';
import { routeHash } from '../../hooks/useRoute';
import { ProfileTextField } from './ProfileTextField';
import { RiskFactorsSection } from './RiskFactorsSection';

interface Props {
  planId: string;
  profile: Profile;
  partners: Partner[];
  entries: CatalogueEntry[];
  labelOf: (id: string) => string;
  onAddOutcome: (level: OutcomeLevel) => void;
  onEditOutcome: (outcome: Outcome) => void;
}

export function PriorityProfile({ planId, profile, partners, entries, labelOf, onAddOutcome, onEditOutcome }: Props) {
  const { t } = useTranslation(['profiles', 'catalogue']);
  const { risk } = profile;
  return (
    <article className="priority-profile" aria-labelledby={`profile-${risk.id}`}>
      <h2 id={`profile-${risk.id}`}>{risk.title}</h2>
      {risk.description && <p className="stage-intro">{risk.description}</p>}
      <div className="profile-columns">
        <ProfileTextField
          planId={planId}
          riskId={risk.id}
          field="problemStatement"
          label={t('problemStatement')}
          hint={t('problemStatementHint')}
          value={risk.problemStatement}
        />
        <ProfileTextField
          planId={planId}
          riskId={risk.id}
          field="vulnerableGroups"
          label={t('vulnerableGroups')}
          hint={t('vulnerableGroupsHint')}
          value={risk.vulnerableGroups}
        />
      </div>
      <div className="profile-columns">
        <RiskFactorsSection planId={planId} risk={risk} riskFactorIds={profile.riskFactorIds} entries={entries} labelOf={labelOf} />
        <section className="profile-section" aria-labelledby={`protective-${risk.id}`}>
          <h3 id={`protective-${risk.id}`}>{t('protectiveFactors')}</h3>
          <ProfileTextField
            planId={planId}
            riskId={risk.id}
            field="protectiveFactors"
            label={t('protectiveFactorsField')}
            hint={t('protectiveFactorsHint')}
            value={risk.protectiveFactors}
            rows={3}
            hideLabel
          />
          <ProtectiveCards planId={planId} riskId={risk.id} text={risk.protectiveFactors} cards={profile.protectiveCards} />
        </section>
      </div>
      <Activities planId={planId} activities={profile.activities} partners={partners} />
      <Outcomes outcomes={profile.outcomes} onAdd={onAddOutcome} onEdit={onEditOutcome} />
    </article>
  );
}

function ProtectiveCards({ planId, riskId, text, cards }: { planId: string; riskId: string; text: string; cards: Card[] }) {
  const { t } = useTranslation('profiles');
  const { announce } = useAnnouncer();
  if (cards.length === 0) return null;
  const add = async (card: Card) => {
    if (await addProtectiveFactor(db, planId, riskId, card.text)) announce(t('cardAdded', { text: card.text }));
  };
  return (
    <div className="from-workshop">
      <h4>{t('fromWorkshop')}</h4>
      <ul className="card-list compact">
        {cards.map((card) => {
          const included = text.includes(card.text);
          return (
            <li key={card.id} className="card kind-protectiveFactor">
              <span className="card-text">{card.text}</span>
              {included ? (
                <span className="included">{t('inProfile')}</span>
              ) : (
                <button type="button" className="small" onClick={() => void add(card)} aria-label={t('addCardToProfile', { text: card.text })}>
                  {t('addToProfile')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Activities({ planId, activities, partners }: { planId: string; activities: Record<string, PlanResponse[]>; partners: Partner[] }) {
  const { t } = useTranslation(['profiles', 'catalogue']);
  const name = (id: string | null) => (id ? partners.find((p) => p.id === id)?.name : undefined);
  return (
    <section className="profile-section" aria-labelledby="activities-heading">
      <div className="section-header">
        <h3 id="activities-heading">{t('profiles:activities')}</h3>
        <a href={routeHash({ name: 'plan', planId, stage: 'matrix' })}>{t('profiles:editInMatrix')}</a>
      </div>
      <div className="area-blocks">
        {PLANNING_AREAS.map((area) => (
          <div key={area} className={`area-block area-${area}`}>
            <h4>{t(`catalogue:area.${area}`)}</h4>
            {activities[area]!.length === 0 ? (
              <p className="gap-note">{t('profiles:noActivity')}</p>
            ) : (
              <ul aria-label={t('profiles:activitiesIn', { area: t(`catalogue:area.${area}`) })}>
                {activities[area]!.map((r) => (
                  <li key={r.id}>
                    <span className="activity-title">{r.title}</span>
                    <span className="activity-meta">
                      {t(`catalogue:responseType.${r.type}`)} · {name(r.leadPartnerId) ?? t('profiles:noLead')}
                      {r.timeline && <> · {r.timeline}</>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function Outcomes({ outcomes, onAdd, onEdit }: { outcomes: Record<OutcomeLevel, Outcome[]>; onAdd: (l: OutcomeLevel) => void; onEdit: (o: Outcome) => void }) {
  const { t } = useTranslation(['profiles', 'catalogue']);
  return (
    <section className="profile-section" aria-labelledby="profile-outcomes-heading">
      <h3 id="profile-outcomes-heading">{t('profiles:outcomes')}</h3>
      <div className="level-blocks">
        {OUTCOME_LEVELS.map((level) => (
          <div key={level} className="level-block">
            <h4>{t(`catalogue:outcomeLevel.${level}`)}</h4>
            {outcomes[level].length === 0 ? (
              <p className="empty">{t('profiles:noOutcome')}</p>
            ) : (
              <ul>
                {outcomes[level].map((o) => (
                  <li key={o.id}>
                    <button type="button" className="link outcome-link" onClick={() => onEdit(o)}>
                      {o.statement}
                    </button>
                    {o.indicator && <span className="activity-meta">{t('profiles:indicatorLine', { indicator: o.indicator })}</span>}
                    {(o.baseline || o.target) && (
                      <span className="activity-meta">
                        {t('profiles:fromTo', { baseline: o.baseline || '?', target: o.target || '?', date: o.targetDate || '?' })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="small"
              onClick={() => onAdd(level)}
              aria-label={t('profiles:addOutcomeAt', { level: t(`catalogue:outcomeLevel.${level}`) })}
            >
              <span aria-hidden="true">+</span> {t('profiles:addOutcome')}
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
