/**
 * A card edited in place: text, kind, speaker, tags and session. Enter saves, Escape cancels;
 * either way focus goes back to the card in the list.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type Card, type CardKind } from '@core/model';
import { attributionFields, attributionKey, attributionOf, parseAttributionKey } from '@core/search';
import { db } from '../../db/database';
import { CardTextError, MAX_CARD_TEXT, updateCard } from '../../domain/cards';
import { useAnnouncer } from '../../components/Announcer';
import { Combobox } from '../../components/Combobox';
import { TagInput } from './TagInput';
import type { CaptureData } from './useCaptureData';

export function CardEditor({ card, data, onClose }: { card: Card; data: CaptureData; onClose: () => void }) {
  const { t } = useTranslation(['capture', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [text, setText] = useState(card.text);
  const [kind, setKind] = useState<CardKind>(card.kind);
  const [from, setFrom] = useState(attributionKey(attributionOf(card)));
  const [tags, setTags] = useState(card.tags);
  const [sessionId, setSessionId] = useState(card.sessionId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLInputElement>(null);

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    try {
      await updateCard(db, card.planId, card.id, {
        text,
        kind,
        tags,
        sessionId: sessionId || null,
        ...attributionFields(parseAttributionKey(from), data.people),
      });
      announce(t('capture:cardSaved'));
      onClose();
    } catch (err) {
      if (!(err instanceof CardTextError)) throw err;
      setProblem(err.reason === 'empty' ? t('capture:textRequired') : t('capture:textTooLong', { max: MAX_CARD_TEXT }));
      textRef.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <form className="card-editor" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-label={t('capture:editCardForm')}>
      <label className="grow">
        {t('capture:cardText')}
        <input
          ref={textRef}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `problem-${card.id}` : undefined}
        />
      </label>
      {problem && (
        <p id={`problem-${card.id}`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="capture-options">
        <label>
          {t('capture:kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as CardKind)}>
            {CARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`catalogue:cardKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <Combobox label={t('capture:from')} options={data.fromOptions} value={from} onChange={setFrom} className="from-box" />
        <TagInput label={t('capture:tags')} value={tags} onChange={setTags} catalogue={data.catalogue} />
        <label>
          {t('capture:session')}
          <select value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <option value="">{t('capture:noSession')}</option>
            {data.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="editor-actions">
        <button type="submit" className="primary">
          {t('capture:saveCard')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
