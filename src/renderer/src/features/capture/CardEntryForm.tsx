import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind, type Partner } from '@core/model';
import { db } from '../../db/database';
import { addCard, CardTextError, MAX_CARD_TEXT } from '../../domain/cards';
import { useAnnouncer } from '../../components/Announcer';

/**
 * The capture line. Kind and partner stay as they are after each card, because a partner usually
 * says several things in a row; the text field keeps focus.
 */
export function CardEntryForm({ planId, partners }: { planId: string; partners: Partner[] }) {
  const { t } = useTranslation(['capture', 'catalogue']);
  const { announce } = useAnnouncer();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CardKind>('risk');
  const [partnerId, setPartnerId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await addCard(db, planId, { text, kind, partnerId: partnerId || null });
      setText('');
      setProblem(null);
      announce(t('capture:cardAdded', { kind: t(`catalogue:cardKind.${kind}`) }));
    } catch (err) {
      if (!(err instanceof CardTextError)) throw err;
      setProblem(err.reason === 'empty' ? t('capture:textRequired') : t('capture:textTooLong', { max: MAX_CARD_TEXT }));
    }
    textRef.current?.focus();
  };

  return (
    <form className="capture-form" onSubmit={(e) => void submit(e)} aria-label={t('capture:addCardForm')}>
      <label className="grow">
        {t('capture:cardText')}
        <input
          ref={textRef}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'card-problem' : undefined}
          autoComplete="off"
        />
      </label>
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
      <label>
        {t('capture:from')}
        <select value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
          <option value="">{t('capture:anonymous')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {t('capture:addCard')}
      </button>
      {problem && (
        <p id="card-problem" className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
