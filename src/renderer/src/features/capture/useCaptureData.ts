/**
 * What the capture and grouping screens need to show a card: people, organisations, sessions,
 * catalogue labels, and the options of the "From" box. Built once per change of those records,
 * never per keystroke.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_IDS } from '@core/catalogue';
import type { Card, Participant, Partner, WorkshopSession } from '@core/model';
import { attributionKey, peopleLookup, resolveAttribution, type PeopleLookup } from '@core/search';
import { useParticipants, usePartners, useSessions } from '../../hooks/entities';
import { useCatalogueOptions, type CatalogueLabels } from './useCatalogueOptions';
import type { ComboOption } from '../../components/Combobox';

export interface CaptureData {
  partners: Partner[];
  participants: Participant[];
  sessions: WorkshopSession[];
  people: PeopleLookup;
  sessionTitle: ReadonlyMap<string, string>;
  catalogue: CatalogueLabels;
  fromOptions: ComboOption[];
  /** "Sgt. Dana Rivera, Riverbend Police Service", "Faith communities (sector)", "Anonymous". */
  describeFrom: (card: Pick<Card, 'participantId' | 'partnerId' | 'sector'>) => string;
}

export function useCaptureData(planId: string): CaptureData {
  const { t } = useTranslation(['capture', 'catalogue']);
  const { data: partners } = usePartners(planId);
  const { data: participants } = useParticipants(planId);
  const { data: sessions } = useSessions(planId);
  const catalogue = useCatalogueOptions(planId);
  return useMemo(() => {
    const people = peopleLookup(partners, participants);
    const sectorLabel = (s: string) => t(`catalogue:sector.${s}`);
    const fromOptions: ComboOption[] = [
      { value: attributionKey({ type: 'anonymous' }), label: t('capture:anonymous') },
      ...participants.map((p) => ({
        value: attributionKey({ type: 'participant', id: p.id }),
        label: p.name,
        detail: p.partnerId ? (people.partners.get(p.partnerId)?.name ?? '') : p.sector ? sectorLabel(p.sector) : t('capture:person'),
      })),
      ...partners.map((p) => ({ value: attributionKey({ type: 'partner', id: p.id }), label: p.name, detail: sectorLabel(p.sector) })),
      ...SECTOR_IDS.map((s) => ({ value: attributionKey({ type: 'sector', id: s }), label: sectorLabel(s), detail: t('capture:sectorOnly') })),
    ];
    const describeFrom = (card: Pick<Card, 'participantId' | 'partnerId' | 'sector'>) => {
      const who = resolveAttribution(card, people);
      if (who.participant && who.partner) return t('capture:personOf', { person: who.participant.name, organisation: who.partner.name });
      if (who.participant) return who.participant.name;
      if (who.partner) return who.partner.name;
      if (who.sector) return t('capture:sectorOnlyNamed', { sector: sectorLabel(who.sector) });
      return t('capture:anonymous');
    };
    return {
      partners,
      participants,
      sessions,
      people,
      sessionTitle: new Map(sessions.map((s) => [s.id, s.title])),
      catalogue,
      fromOptions,
      describeFrom,
    };
  }, [partners, participants, sessions, catalogue, t]);
}
