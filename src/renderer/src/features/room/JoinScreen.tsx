/**
 * The join screen: the QR code, address and join code filling the window, for the projector.
 * A native modal <dialog>: Escape or the button closes it and focus returns where it was.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunningRoom } from '@core/room';
import { JoinCard } from './JoinCard';

export function JoinScreen({ room, title, onClose }: { room: RunningRoom; title: string; onClose: () => void }) {
  const { t } = useTranslation('room');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="room-join-screen"
      aria-labelledby="room-join-screen-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="room-join-screen-title">{t('join.screenTitle')}</h2>
      {title && <p className="room-join-screen-plan">{title}</p>}
      <JoinCard url={room.url} joinUrl={room.joinUrl} joinCode={room.joinCode} large />
      <button type="button" className="room-join-screen-close" onClick={onClose}>
        {t('join.closeScreen')}
      </button>
    </dialog>
  );
}
