/** Audience layouts for prioritising: the ballot, the scoring criteria, and the results. */
import { useTranslation } from 'react-i18next';
import type { ScreenOf } from '@core/presentation';
import { formatNumber } from './format';

function Progress({ done, of, label }: { done: number; of: number; label: string }) {
  return (
    <div className="aud-progress">
      <span className="aud-progress-label">{label}</span>
      <span className="aud-progress-track" aria-hidden="true">
        <span className="aud-progress-fill" style={{ width: `${of > 0 ? Math.round((Math.min(done, of) / of) * 100) : 0}%` }} />
      </span>
    </div>
  );
}

function Ballot({ risks, more }: { risks: { id: string; title: string }[]; more: number }) {
  const { t } = useTranslation('audience');
  return (
    <>
      <ol className={`aud-ballot${risks.length > 4 ? ' two-columns' : ''}`}>
        {risks.map((risk) => (
          <li key={risk.id}>
            <span className="aud-ballot-title">{risk.title}</span>
          </li>
        ))}
      </ol>
      {more > 0 && <p className="aud-more">{t('moreRisks', { count: more })}</p>}
    </>
  );
}

export function VotingLayout({ screen }: { screen: ScreenOf<'voting'> }) {
  const { t } = useTranslation('audience');
  return (
    <div className="aud-voting">
      <h1>{t('votingTitle', { round: screen.round })}</h1>
      <p className="aud-rules">
        {t('dotsEach', { count: screen.dotsPerParticipant })} · {t('maxPerRisk', { count: screen.maxDotsPerRisk })}
      </p>
      {screen.risks.length === 0 ? <p className="aud-empty">{t('noRisksYet')}</p> : <Ballot risks={screen.risks} more={screen.moreRisks} />}
      <Progress done={screen.voted} of={screen.voters} label={t('votedSoFar', { count: screen.voted, total: screen.voters })} />
    </div>
  );
}

export function ScoringLayout({ screen }: { screen: ScreenOf<'scoring'> }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  const weighted = screen.method === 'weighted';
  return (
    <div className="aud-scoring">
      <h1>{t('audience:scoringTitle')}</h1>
      <p className="aud-rules">
        {t(`catalogue:scoringMethod.${screen.method}`)} · {t('audience:scale', { min: screen.scaleMin, max: screen.scaleMax })}
      </p>
      <div className="aud-columns">
        <section className="aud-section" aria-labelledby="aud-criteria">
          <h2 id="aud-criteria">{t('audience:criteria')}</h2>
          <ul className="aud-criteria">
            {screen.criteria.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                <span className="aud-criterion-name">{c.name}</span>
                {weighted && <span className="aud-criterion-weight">{t('audience:weight', { weight: c.weight })}</span>}
                {c.description && <span className="aud-criterion-description">{c.description}</span>}
              </li>
            ))}
          </ul>
          {screen.moreCriteria > 0 && <p className="aud-more">{t('audience:moreCriteria', { count: screen.moreCriteria })}</p>}
        </section>
        <section className="aud-section" aria-labelledby="aud-scored">
          <h2 id="aud-scored">{t('audience:risksToScore')}</h2>
          <ol className="aud-ballot">
            {screen.risks.map((risk) => (
              <li key={risk.id}>
            <span className="aud-ballot-title">{risk.title}</span>
          </li>
            ))}
          </ol>
          {screen.moreRisks > 0 && <p className="aud-more">{t('audience:moreRisks', { count: screen.moreRisks })}</p>}
        </section>
      </div>
    </div>
  );
}

export function ResultsHiddenLayout({ screen }: { screen: ScreenOf<'resultsHidden'> }) {
  const { t } = useTranslation('audience');
  return (
    <div className="aud-results-hidden">
      <h1>{t(screen.source === 'dots' ? 'resultsDotsTitle' : 'resultsScoresTitle')}</h1>
      <div className="aud-veil">
        <p className="aud-veil-text">{t('resultsHidden')}</p>
        <p className="aud-veil-count">
          {t(screen.source === 'dots' ? 'votedSoFar' : 'scoredSoFar', { count: screen.voted, total: screen.voters })}
        </p>
      </div>
    </div>
  );
}

export function ResultsLayout({ screen, language }: { screen: ScreenOf<'results'>; language: string }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  const title = screen.source === 'dots' ? t('audience:resultsDotsTitle') : t('audience:resultsScoresTitle');
  const unit = (value: number) =>
    screen.method === 'dots' ? t('audience:dotCount', { count: value, formatted: formatNumber(value, 0, language) }) : formatNumber(value, screen.decimals, language);
  return (
    <div className="aud-results">
      <h1>
        {title}
        {screen.method !== 'dots' && <span className="aud-h1-note"> · {t(`catalogue:scoringMethod.${screen.method}`)}</span>}
      </h1>
      <ol className="aud-bars" aria-label={t('audience:ranking')}>
        {screen.bars.map((bar) => (
          <li key={bar.id} className={`aud-bar${bar.focus ? ' is-focus' : ''}${bar.priority ? ' is-priority' : ''}`}>
            <span className="aud-bar-rank">{bar.rank === null ? '–' : bar.tied ? t('audience:tiedRank', { rank: bar.rank }) : bar.rank}</span>
            <span className="aud-bar-label">
              <span className="aud-bar-title">{bar.title}</span>
              {bar.priority && <span className="aud-badge">{t('audience:priority')}</span>}
              {bar.tag && (
                <span className="aud-tag">{bar.tag === 'failsScreen' ? t('audience:failsScreen') : t(`catalogue:quadrant.${bar.tag}`)}</span>
              )}
            </span>
            <span className="aud-bar-track" aria-hidden="true">
              <span
                className="aud-bar-fill"
                style={{ width: `${bar.value === null || screen.maxValue <= 0 ? 0 : Math.max(1, Math.round((bar.value / screen.maxValue) * 100))}%` }}
              />
            </span>
            <span className="aud-bar-value">{bar.value === null ? t('audience:notScored') : unit(bar.value)}</span>
          </li>
        ))}
      </ol>
      {screen.moreBars > 0 && <p className="aud-more">{t('audience:moreRisks', { count: screen.moreBars })}</p>}
    </div>
  );
}
