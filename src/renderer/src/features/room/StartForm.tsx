/** Turning participation on: which session the cards belong to, and which network phones use. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSession } from '@core/model';
import type { NetworkChoice } from '@core/room';

const NETWORK_KEYS = { loopback: 'networkLoopback', virtual: 'networkVirtual', linkLocal: 'networkLinkLocal', lan: 'networkLan' } as const;

/** The session cards go to by default: the latest one by date (or by creation). */
function latestSession(sessions: WorkshopSession[]): string {
  return sessions.at(-1)?.id ?? '';
}

export interface StartFormProps {
  sessions: WorkshopSession[];
  networks: NetworkChoice[];
  busy: boolean;
  onStart(sessionId: string | null, address: string | null): void;
}

export function StartForm({ sessions, networks, busy, onStart }: StartFormProps) {
  const { t } = useTranslation('room');
  const [sessionId, setSessionId] = useState(() => latestSession(sessions));
  const [address, setAddress] = useState('');
  const chosen = address || networks[0]?.address || '';
  const onlyLoopback = networks.length > 0 && networks.every((n) => n.kind === 'loopback');
  return (
    <form
      className="room-start"
      aria-label={t('start')}
      onSubmit={(e) => {
        e.preventDefault();
        onStart(sessionId || null, chosen || null);
      }}
    >
      <p className="stage-intro">{t('intro')}</p>
      <label>
        {t('session')}
        <select value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
          <option value="">{t('noSession')}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {[s.title, s.date].filter(Boolean).join(', ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('network')}
        <select value={chosen} onChange={(e) => setAddress(e.target.value)} aria-describedby="room-network-hint">
          {networks.map((n, i) => (
            <option key={n.address} value={n.address}>
              {i === 0 && n.kind !== 'loopback'
                ? t('recommended', { label: t(NETWORK_KEYS[n.kind], { name: n.name, address: n.address }) })
                : t(NETWORK_KEYS[n.kind], { name: n.name, address: n.address })}
            </option>
          ))}
        </select>
      </label>
      <p id="room-network-hint" className="hint">
        {onlyLoopback ? t('loopbackWarning') : t('networkHint')}
      </p>
      <button type="submit" className="primary big" disabled={busy || networks.length === 0}>
        {busy ? t('starting') : t('start')}
      </button>
    </form>
  );
}
