/**
 * The capture line, keyboard first: type, Enter, the next card. Kind, speaker and session stay
 * as they are after each card (a partner usually says several things in a row); tags are per
 * card. Alt+1..5 picks the kind, Alt+W the speaker, Alt+T tags, Alt+S the session, and Enter or
 * Escape in those boxes comes back to the text. In the empty text box, Ctrl+Z undoes the last
 * change (the card just added), so a slip never needs the mouse.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardKind } from '@core/model';
import { attributionFields, attributionKey, parseAttributionKey } from '@core/search';
import { db } from '../../db/database';
import { redo, undo } from '../../db/change';
import { isMac } from '../../commands/registry';
import { addCard, CardTextError, MAX_CARD_TEXT } from '../../domain/cards';
import { useAnnouncer } from '../../components/Announcer';
import { Combobox } from '../../components/Combobox';
import { TagInput } from './TagInput';
import { KindPicker, kindForShortcut } from './KindPicker';
import { fieldForShortcut, historyShortcut } from './shortcuts';
import { historyLabel } from './history-label';
import { useStickyState } from './useStickyState';
import { useCreateCatalogueEntry } from './useCreateCatalogueEntry';
import type { CaptureData } from './useCaptureData';
import { defaultSessionId } from '@core/coverage';

const ANONYMOUS = attributionKey({ type: 'anonymous' });

export function CardEntryForm({ planId, data }: { planId: string; data: CaptureData }) {
  const { t } = useTranslation(['capture', 'catalogue', 'workspace', 'history']);
  const { announce } = useAnnouncer();
  const [text, setText] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [kind, setKind] = useStickyState<CardKind>(`cswb.capture.kind.${planId}`, 'risk');
  const [from, setFrom] = useStickyState<string>(`cswb.capture.from.${planId}`, ANONYMOUS);
  const [sessionId, setSessionId] = useStickyState<string | null>(`cswb.capture.session.${planId}`, null);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const sessionRef = useRef<HTMLSelectElement>(null);
  const sessionChosen = useRef(sessionId !== null);

  // The speaker or session may have been deleted meanwhile: fall back rather than point nowhere.
  const fromValid = data.fromOptions.some((o) => o.value === from) ? from : ANONYMOUS;
  const sessionValid = sessionId && data.sessions.some((s) => s.id === sessionId) ? sessionId : null;
  useEffect(() => {
    if (!sessionChosen.current && data.sessions.length) {
      sessionChosen.current = true;
      setSessionId(defaultSessionId(data.sessions, new Date()));
    }
  }, [data.sessions, setSessionId]);

  const backToText = () => textRef.current?.focus();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const who = attributionFields(parseAttributionKey(fromValid), data.people);
      await addCard(db, planId, { text, kind, tags, sessionId: sessionValid, ...who });
      setText('');
      setTags([]);
      setProblem(null);
      announce(t('capture:cardAdded', { kind: t(`catalogue:cardKind.${kind}`) }));
    } catch (err) {
      if (!(err instanceof CardTextError)) throw err;
      setProblem(err.reason === 'empty' ? t('capture:textRequired') : t('capture:textTooLong', { max: MAX_CARD_TEXT }));
    }
    backToText();
  };

  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const k = kindForShortcut(e);
    if (k) {
      e.preventDefault();
      // No announcement: the checked kind is on screen, and "Risk card added" confirms it.
      setKind(k);
      return;
    }
    const field = fieldForShortcut(e);
    if (field) {
      e.preventDefault();
      ({ from: fromRef, tags: tagsRef, session: sessionRef, text: textRef })[field].current?.focus();
    }
  };

  const onTextKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = text === '' ? historyShortcut(e, isMac()) : null;
    if (!action) return;
    e.preventDefault();
    void (action === 'undo' ? undo(db, planId) : redo(db, planId)).then((label) => {
      const none = action === 'undo' ? t('workspace:nothingToUndo') : t('workspace:nothingToRedo');
      const done = action === 'undo' ? 'workspace:undone' : 'workspace:redone';
      announce(label ? t(done, { what: historyLabel(t, label) }) : none);
    });
  };

  const createTag = useCreateCatalogueEntry(planId);

  return (
    <form className="capture-form capture-line" onSubmit={(e) => void submit(e)} onKeyDown={onFormKeyDown} aria-label={t('capture:addCardForm')}>
      <div className="capture-main">
        <label className="grow">
          <span>
            {t('capture:cardText')}
            <kbd className="shortcut-hint" aria-hidden="true">
              {t('capture:altKey', { key: 'C' })}
            </kbd>
          </span>
          <input
            ref={textRef}
            className="capture-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onTextKeyDown}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'card-problem' : 'capture-keys'}
            aria-keyshortcuts="Alt+C"
            autoComplete="off"
          />
        </label>
        <button type="submit" className="primary big">
          {t('capture:addCard')}
        </button>
      </div>
      {problem && (
        <p id="card-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="capture-options">
        <KindPicker value={kind} onChange={setKind} label={t('capture:kind')} />
        <Combobox
          label={t('capture:from')}
          options={data.fromOptions}
          value={fromValid}
          onChange={setFrom}
          inputRef={fromRef}
          onDone={backToText}
          shortcut="Alt+W"
          className="from-box"
        />
        <TagInput label={t('capture:tags')} value={tags} onChange={setTags} catalogue={data.catalogue} onCreate={createTag} inputRef={tagsRef} onDone={backToText} shortcut="Alt+T" />
        <label className="session-box">
          <span>
            {t('capture:session')}
            <kbd className="shortcut-hint" aria-hidden="true">
              {t('capture:altKey', { key: 'S' })}
            </kbd>
          </span>
          <select
            ref={sessionRef}
            value={sessionValid ?? ''}
            aria-keyshortcuts="Alt+S"
            onChange={(e) => setSessionId(e.target.value || null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === 'Escape') {
                e.preventDefault();
                backToText();
              }
            }}
          >
            <option value="">{t('capture:noSession')}</option>
            {data.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="capture-keys" className="hint capture-keys">
        {t('capture:keysHint')}
      </p>
    </form>
  );
}
