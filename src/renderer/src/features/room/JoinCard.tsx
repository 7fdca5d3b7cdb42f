/**
 * How to join, for the room to read: the QR code (it carries the join code, so scanning is enough),
 * the address to type and the join code. Used in the room panel and, large, on the join screen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJoinCode } from '@core/room';
import { qrDataUrl } from './qr';

export function JoinCard({ url, joinUrl, joinCode, large = false }: { url: string; joinUrl: string; joinCode: string; large?: boolean }) {
  const { t } = useTranslation('room');
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrDataUrl(joinUrl).then((data) => current && setQr(data));
    return () => {
      current = false;
    };
  }, [joinUrl]);
  return (
    <div className={large ? 'room-join large' : 'room-join'}>
      <div className="room-qr-box">{qr && <img className="room-qr" src={qr} alt={t('join.qrAlt', { url })} />}</div>
      <ol className="room-join-steps">
        <li>{t('join.step1')}</li>
        <li>
          {t('join.step2')} <span className="room-url">{url}</span>
        </li>
        <li>
          {t('join.step3')}{' '}
          <span className="room-code" aria-label={`${t('join.code')} ${joinCode.split('').join(' ')}`}>
            {formatJoinCode(joinCode)}
          </span>
        </li>
      </ol>
    </div>
  );
}
