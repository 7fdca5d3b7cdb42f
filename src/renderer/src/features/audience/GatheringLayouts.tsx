/** Audience layouts for the first half of the workshop: welcome, capture, grouping. */
import { useTranslation } from 'react-i18next';
import { CARD_KINDS } from '@core/model';
import type { ScreenOf } from '@core/presentation';
import { formatDay } from './format';

function More({ count, i18nKey }: { count: number; i18nKey: string }) {
  const { t } = useTranslation('audience');
  return count > 0 ? <p className="aud-more">{t(i18nKey, { count })}</p> : null;
}

function KindBadge({ kind }: { kind: (typeof CARD_KINDS)[number] }) {
  const { t } = useTranslation('catalogue');
  return <span className={`aud-kind kind-${kind}`}>{t(`cardKind.${kind}`)}</span>;
}

export function WelcomeLayout({ screen, planName, language }: { screen: ScreenOf<'welcome'>; planName: string; language: string }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  return (
    <div className="aud-welcome">
      <h1 className="aud-hero">{planName}</h1>
      {screen.municipality && <p className="aud-subtitle">{screen.municipality}</p>}
      {screen.description && <p className="aud-description clamp">{screen.description}</p>}
      {screen.session && (
        <p className="aud-session">
          {t(screen.session.place ? 'audience:sessionLine' : 'audience:sessionLineNoPlace', { title: screen.session.title, date: formatDay(screen.session.date, language), place: screen.session.place })}
        </p>
      )}
      <section className="aud-section" aria-labelledby="aud-partners">
        <h2 id="aud-partners">{t('audience:atTheTable', { count: screen.partners.length + screen.morePartners })}</h2>
        {screen.partners.length === 0 ? (
          <p className="aud-empty">{t('audience:noPartnersYet')}</p>
        ) : (
          <ul className="aud-partners">
            {screen.partners.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        )}
        <More count={screen.morePartners} i18nKey="morePartners" />
      </section>
    </div>
  );
}

export function CaptureLayout({ screen }: { screen: ScreenOf<'capture'> }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  return (
    <div className="aud-capture">
      <h1>{t('audience:step.capture')}</h1>
      <p className="aud-lede">{t('audience:cardsSoFar', { count: screen.total })}</p>
      <ul className="aud-tiles aud-kind-counts" aria-label={t('audience:cardsByKind')}>
        {CARD_KINDS.map((kind) => (
          <li key={kind} className={`aud-tile kind-${kind}`}>
            <span className="aud-tile-number">{screen.counts[kind]}</span>
            <span className="aud-tile-label">{t(`catalogue:cardKind.${kind}`)}</span>
          </li>
        ))}
      </ul>
      {screen.latest.length > 0 && (
        <section className="aud-section" aria-labelledby="aud-latest">
          <h2 id="aud-latest">{t('audience:latestCards')}</h2>
          <ul className="aud-cards">
            {screen.latest.map((card) => (
              <li key={card.id} className={`aud-card kind-${card.kind}`}>
                <KindBadge kind={card.kind} />
                <span className="aud-card-text">{card.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function GroupingLayout({ screen }: { screen: ScreenOf<'grouping'> }) {
  const { t } = useTranslation('audience');
  const { focus } = screen;
  if (focus) {
    return (
      <div className="aud-grouping">
        <p className="aud-eyebrow">{t('step.grouping')}</p>
        <h1>{focus.title}</h1>
        <p className="aud-lede">{t('cardsInRisk', { count: focus.cards.length + focus.moreCards })}</p>
        <ul className="aud-cards">
          {focus.cards.map((card, i) => (
            <li key={i} className={`aud-card kind-${card.kind}`}>
              <KindBadge kind={card.kind} />
              <span className="aud-card-text">{card.text}</span>
            </li>
          ))}
        </ul>
        <More count={focus.moreCards} i18nKey="moreCards" />
      </div>
    );
  }
  return (
    <div className="aud-grouping">
      <h1>{t('step.grouping')}</h1>
      <p className="aud-lede">
        {t('candidateRisks', { count: screen.risks.length + screen.moreRisks })}
        {screen.ungrouped > 0 && <> · {t('ungroupedCards', { count: screen.ungrouped })}</>}
      </p>
      {screen.risks.length === 0 ? (
        <p className="aud-empty">{t('noRisksYet')}</p>
      ) : (
        <ol className="aud-risk-tiles">
          {screen.risks.map((risk) => (
            <li key={risk.id} className="aud-risk-tile">
              <span className="aud-risk-title">{risk.title}</span>
              <span className="aud-risk-cards">{t('cardCount', { count: risk.cards })}</span>
            </li>
          ))}
        </ol>
      )}
      <More count={screen.moreRisks} i18nKey="moreRisks" />
    </div>
  );
}
