/**
 * The audience window (#/audience/<planId>): what the room sees on the projector. It never opens
 * the database: it renders only the views the facilitator window sends (already reduced to public
 * data by src/core/presentation, and validated again on arrival). Presenter keys pressed here
 * (a clicker aimed at the wrong window) are forwarded to the facilitator window.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceView } from '@core/presentation';
import { openPresenterLink, type PresenterLink } from '../../presenter/link';
import { presenterKeyCommand } from '../../presenter/keys';
import { AudienceScreen } from './AudienceScreen';
import './audience.css';

type Showing = { kind: 'waiting' } | { kind: 'ended'; theme: AudienceView['theme'] } | { kind: 'view'; view: AudienceView };

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function AudiencePage({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation('audience');
  const [showing, setShowing] = useState<Showing>({ kind: 'waiting' });
  const link = useRef<PresenterLink | null>(null);

  useEffect(() => {
    // The facilitator window holds notes and hidden results: this page keeps no handle on it.
    window.opener = null;
    const presenter = openPresenterLink(planId, 'audience');
    link.current = presenter;
    const off = presenter.onMessage((message) => {
      if (message.type === 'view') setShowing({ kind: 'view', view: message.view });
      // The end screen keeps the room's theme: no white flash in a dark room after high contrast.
      else if (message.type === 'end') setShowing((now) => ({ kind: 'ended', theme: now.kind === 'view' ? now.view.theme : now.kind === 'ended' ? now.theme : 'standard' }));
      else if (message.type === 'close') window.close();
    });
    presenter.send({ type: 'hello', planId });
    const bye = () => presenter.send({ type: 'bye', planId });
    window.addEventListener('pagehide', bye);
    return () => {
      bye();
      window.removeEventListener('pagehide', bye);
      off();
      presenter.close();
      link.current = null;
    };
  }, [planId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = presenterKeyCommand(e);
      if (!command) return;
      e.preventDefault();
      link.current?.send({ type: 'command', planId, command });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planId]);

  const view = showing.kind === 'view' ? showing.view : null;
  const language = view?.language;
  useEffect(() => {
    if (language && i18n.language !== language) {
      document.documentElement.lang = language;
      void i18n.changeLanguage(language);
    }
  }, [language, i18n]);

  const planName = view?.planName;
  useEffect(() => {
    document.title = planName ? t('windowTitle', { plan: planName }) : t('windowTitleWaiting');
  }, [planName, t]);

  return (
    <main className="audience-page" aria-label={t('pageLabel')} onDoubleClick={toggleFullScreen}>
      {view ? (
        <AudienceScreen view={view} />
      ) : (
        <div className={`audience-root theme-${showing.kind === 'ended' ? showing.theme : 'standard'} size-large`} data-screen="standby">
          <div className="audience-frame aud-standby">
            <p className="aud-standby-app">{t('common:appName')}</p>
            <p className="aud-standby-message">{showing.kind === 'ended' ? t('presentingEnded') : t('waiting')}</p>
            <p className="aud-standby-hint">{t('fullScreenHint')}</p>
          </div>
        </div>
      )}
    </main>
  );
}
