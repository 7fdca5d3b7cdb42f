/**
 * One candidate risk on the grouping board: its number (the key that moves cards here), its
 * name (renamed in place), who raised it (organisations and sectors), its catalogue categories,
 * and its cards. Also a drop target.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import type { Card, Risk } from '@core/model';
import { summariseRiskSources } from '@core/coverage';
import { db } from '../../db/database';
import { RiskTitleError, updateRisk } from '../../domain/risks';
import { useAnnouncer } from '../../components/Announcer';
import type { CaptureData } from '../capture/useCaptureData';
import { GroupCard } from './GroupCard';
import { RiskCategories } from './RiskCategories';
import { RiskMenu } from './RiskMenu';
import { riskDropId, type DropData } from './useGroupingDnd';

const SHOWN_CARDS = 30;

interface RiskBoxProps {
  risk: Risk;
  number: number;
  risks: Risk[];
  cards: Card[];
  data: CaptureData;
  selected: ReadonlySet<string>;
  movingIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export function RiskBox({ risk, number, risks, cards, data, selected, movingIds, onToggle }: RiskBoxProps) {
  const { t } = useTranslation(['risks', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [renaming, setRenaming] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const dropData: DropData = { order: number, label: risk.title };
  const { setNodeRef, isOver } = useDroppable({ id: riskDropId(risk.id), data: dropData });
  const sources = summariseRiskSources(cards, data.people);
  const partnerNames = sources.partnerIds.map((id) => data.people.partners.get(id)?.name).filter(Boolean);
  const sectorNames = sources.sectors.map((s) => t(`catalogue:sector.${s}`));
  const shown = showAll ? cards : cards.slice(0, SHOWN_CARDS);

  return (
    <li ref={setNodeRef} className={`risk risk-box${isOver ? ' drop-over' : ''}`} aria-labelledby={`risk-title-${risk.id}`}>
      <div className="risk-header">
        <span className="risk-number" aria-hidden={number > 9}>
          {number <= 9 ? number : ''}
        </span>
        {renaming ? (
          <RenameForm
            risk={risk}
            onDone={(title) => {
              setRenaming(false);
              if (title) announce(t('risks:renamed', { title }));
            }}
          />
        ) : (
          <h3 id={`risk-title-${risk.id}`}>{risk.title}</h3>
        )}
        {!renaming && (
          <div className="risk-actions">
            <button type="button" className="quiet small" aria-label={t('risks:renameRisk', { title: risk.title })} onClick={() => setRenaming(true)}>
              {t('risks:rename')}
            </button>
            <RiskMenu risk={risk} risks={risks} />
          </div>
        )}
      </div>
      <p className="risk-sources">
        {cards.length === 0
          ? t('risks:noCardsInRisk')
          : [
              t('risks:cardCount', { count: cards.length }),
              partnerNames.length ? t('risks:raisedBy', { list: partnerNames.join('; ') }) : null,
              sectorNames.length ? t('risks:sectors', { count: sectorNames.length, list: sectorNames.join(', ') }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      <RiskCategories risk={risk} catalogue={data.catalogue} suggested={sources.tagCategories} />
      <ul className="card-list compact" aria-label={t('risks:cardsOf', { title: risk.title })}>
        {shown.map((c) => (
          <GroupCard key={c.id} card={c} from={data.describeFrom(c)} selected={selected.has(c.id)} dimmed={movingIds.has(c.id)} onToggle={onToggle} />
        ))}
      </ul>
      {cards.length > shown.length && (
        <button type="button" className="link" onClick={() => setShowAll(true)}>
          {t('risks:showAllCards', { count: cards.length })}
        </button>
      )}
    </li>
  );
}

function RenameForm({ risk, onDone }: { risk: Risk; onDone: (title: string | null) => void }) {
  const { t } = useTranslation(['risks', 'common']);
  const [title, setTitle] = useState(risk.title);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const saved = await updateRisk(db, risk.planId, risk.id, { title });
      onDone(saved.title);
    } catch (err) {
      if (!(err instanceof RiskTitleError)) throw err;
      setProblem(err.reason === 'empty' ? t('risks:titleRequired') : t('risks:titleTooLong'));
    }
  };
  return (
    <form
      className="rename-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone(null);
        }
      }}
      aria-label={t('risks:renameRisk', { title: risk.title })}
    >
      <label className="grow">
        <span className="visually-hidden">{t('risks:riskTitle')}</span>
        <input value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} aria-invalid={problem !== null} />
      </label>
      <button type="submit" className="small primary">
        {t('risks:saveName')}
      </button>
      <button type="button" className="small" onClick={() => onDone(null)}>
        {t('common:cancel')}
      </button>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
