/** What participants may do from their phones right now: card kinds, dot voting, scoring. */
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind } from '@core/model';
import type { RoomGates } from '@core/room';

export interface GatesFormProps {
  gates: RoomGates;
  round: number;
  hasRisks: boolean;
  hasCriteria: boolean;
  busy: boolean;
  onChange(gates: RoomGates): void;
}

export function GatesForm({ gates, round, hasRisks, hasCriteria, busy, onChange }: GatesFormProps) {
  const { t } = useTranslation(['room', 'catalogue']);
  const toggleKind = (kind: CardKind, on: boolean) =>
    onChange({ ...gates, kinds: CARD_KINDS.filter((k) => (k === kind ? on : gates.kinds.includes(k))) });
  return (
    <fieldset className="room-gates" disabled={busy}>
      <legend>{t('room:gates.legend')}</legend>
      <fieldset className="room-gates-kinds">
        <legend>{t('room:gates.cards')}</legend>
        {CARD_KINDS.map((kind) => (
          <label key={kind} className="compact">
            <input type="checkbox" checked={gates.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
            {t(`catalogue:cardKind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <label className="compact">
        <input type="checkbox" checked={gates.voting} onChange={(e) => onChange({ ...gates, voting: e.target.checked })} />
        {t('room:gates.voting', { round })}
      </label>
      {gates.voting && !hasRisks && <p className="hint">{t('room:gates.noRisks')}</p>}
      <label className="compact">
        <input type="checkbox" checked={gates.scoring} onChange={(e) => onChange({ ...gates, scoring: e.target.checked })} />
        {t('room:gates.scoring')}
      </label>
      {gates.scoring && !hasCriteria && <p className="hint">{t('room:gates.noCriteria')}</p>}
    </fieldset>
  );
}
