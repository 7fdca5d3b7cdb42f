/**
 * What every section builder needs: the snapshot with lookups, translated catalogue labels and
 * locale-aware number and date formats. Built once per report.
 */
import type { Id, Partner, PlanSnapshot } from '../model';
import type { ReportOptions, Translate } from './types';

export interface ReportContext {
  snapshot: PlanSnapshot;
  t: Translate;
  locale: string;
  language: string;
  partnerName(id: Id | null): string;
  partnerNames(ids: readonly Id[]): string;
  participantName(id: Id | null): string;
  riskTitle(id: Id | null): string;
  sector(id: string | null): string;
  seat(id: string): string;
  group(id: string): string;
  area(id: string): string;
  category(id: string): string;
  number(value: number, maxDecimals?: number): string;
  /** A yyyy-mm-dd date or an ISO date-time, as a long date; other text is returned as is. */
  date(value: string): string;
  untitled: string;
}

const SAFE_ID = /^[\w-]+$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function reportContext(snapshot: PlanSnapshot, options: ReportOptions): ReportContext {
  const { t, locale, language } = options;
  const partners = new Map<Id, Partner>(snapshot.partners.map((p) => [p.id, p]));
  const participants = new Map(snapshot.participants.map((p) => [p.id, p]));
  const risks = new Map(snapshot.risks.map((r) => [r.id, r]));
  const entries = new Map(snapshot.catalogueEntries.map((e) => [e.id, e]));
  const untitled = t('reports:untitled');
  // Ids come from the file: only plain ids are looked up (a "." or ":" would be read as a key path).
  const label = (prefix: string, id: string) => (SAFE_ID.test(id) ? t(`${prefix}${id}`, { defaultValue: id }) : id);
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

  const ctx: ReportContext = {
    snapshot,
    t,
    locale,
    language,
    untitled,
    partnerName: (id) => (id === null ? '' : (partners.get(id)?.name || untitled)),
    partnerNames: (ids) => ids.map((id) => ctx.partnerName(id)).filter(Boolean).join(', '),
    participantName: (id) => (id === null ? '' : (participants.get(id)?.name || untitled)),
    riskTitle: (id) => (id === null ? '' : (risks.get(id)?.title || untitled)),
    sector: (id) => (id === null ? t('catalogue:sector.unknown') : label('catalogue:sector.', id)),
    seat: (id) => label('catalogue:seat.', id),
    group: (id) => label('catalogue:group.', id),
    area: (id) => label('catalogue:area.', id),
    category: (id) => {
      const entry = entries.get(id);
      if (entry) return (language === 'fr' ? entry.labelFr || entry.labelEn : entry.labelEn || entry.labelFr) || untitled;
      const [category, factor] = id.split('.', 2);
      if (category === undefined || !SAFE_ID.test(category)) return id;
      return factor === undefined ? label('catalogue:riskCategory.', category) : SAFE_ID.test(factor) ? t(`catalogue:riskFactor.${category}.${factor}`, { defaultValue: id }) : id;
    },
    number: (value, maxDecimals = 1) => value.toLocaleString(locale, { maximumFractionDigits: maxDecimals }),
    date: (value) => {
      if (!value) return '';
      const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
      return Number.isNaN(time) ? value : dateFormat.format(time);
    },
  };
  return ctx;
}

/** Records of a table in display order: `order` when the table has one, then title or name. */
export function byOrder<T extends { order: number }>(items: readonly T[], text: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => a.order - b.order || collator.compare(text(a), text(b)));
}

export function byText<T>(items: readonly T[], text: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(text(a), text(b)));
}
