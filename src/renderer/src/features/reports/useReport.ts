/** The plan document for the Reports stage: the whole plan, live, built in the chosen language. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildPlanReport, type PlanReportBundle } from '@core/report';
import { db } from '../../db/database';
import { readSnapshot } from '../../domain/snapshot';
import { useQuery } from '../../hooks/useQuery';

export type DocumentLanguage = 'en' | 'fr';

export function useReport(planId: string, language: DocumentLanguage): { bundle: PlanReportBundle | null; generatedAt: string } {
  const { i18n } = useTranslation();
  // One date per visit: the document says when it was prepared, and stays stable while shown.
  const [generatedAt] = useState(() => new Date().toISOString());
  const { data: snapshot } = useQuery(async () => (await readSnapshot(db, planId)).snapshot, [planId], null);
  const bundle = useMemo(() => {
    if (!snapshot) return null;
    const t = i18n.getFixedT(language);
    return buildPlanReport(snapshot, {
      t: (key, params) => t(key, params ?? {}) as string,
      language,
      locale: language === 'fr' ? 'fr-CA' : 'en-CA',
      generatedAt,
    });
  }, [snapshot, language, i18n, generatedAt]);
  return { bundle, generatedAt };
}
