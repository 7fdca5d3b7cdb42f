/**
 * The matrix's words, translated once per language and handed down to rows, cells, responses and
 * asset chips. Each of those used to call `useTranslation` and look its labels up for itself: with
 * a regional plan that was thousands of lookups, 28% of the time to show the matrix.
 *
 * Counts go through i18next's `number` format (`{{count, number}}` in matrix.json) with the app's
 * locale (fr-CA, en-CA), so 1500 reads "1,500" or "1 500" as elsewhere in the app.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS, RESPONSE_STATUSES, RESPONSE_TYPES, type PlanningArea, type ResponseStatus, type ResponseType } from '@core/model';
import { useFormat } from '../../hooks/useFormat';

export interface MatrixLabels {
  locale: string;
  area: Record<PlanningArea, string>;
  type: Record<ResponseType, string>;
  status: Record<ResponseStatus, string>;
  gap: string;
  add: string;
  noLead: string;
  draggable: string;
  place: string;
  /** "Substance use and overdose, Prevention": a cell's accessible name and where a drop lands. */
  cellName: (risk: string, area: PlanningArea) => string;
  addResponseTo: (cell: string) => string;
  dragResponse: (title: string) => string;
  editResponse: (title: string) => string;
  /** In the gaps-only view: how many responses a filled cell holds. */
  responseCount: (count: number) => string;
  dragAsset: (text: string) => string;
  placeAsset: (text: string) => string;
}

const table = <K extends string, V = string>(keys: readonly K[], label: (key: K) => V) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, V>;

/** Stands for the one value a message takes while it is translated once. */
const SLOT = '\u0000';

/**
 * A message with one value, translated once: "Move “{{title}}” (drag…)" becomes a function that
 * joins the translated pieces around the title. Calling i18next per response cost more than the
 * response itself (key parsing, interpolation) on a page of a hundred responses.
 */
function withOneValue(translated: string): (value: string) => string {
  const pieces = translated.split(SLOT);
  return (value) => pieces.join(value);
}

export function useMatrixLabels(): MatrixLabels {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const { locale } = useFormat();
  return useMemo(() => {
    const area = table(PLANNING_AREAS, (a) => t(`catalogue:area.${a}`));
    const cellNames = table(PLANNING_AREAS, (a) => withOneValue(t('matrix:cellName', { risk: SLOT, area: area[a] })));
    return {
      locale,
      area,
      type: table(RESPONSE_TYPES, (rt) => t(`catalogue:responseType.${rt}`)),
      status: table(RESPONSE_STATUSES, (s) => t(`catalogue:responseStatus.${s}`)),
      gap: t('matrix:gap'),
      add: t('matrix:add'),
      noLead: t('matrix:noLead'),
      draggable: t('matrix:draggable'),
      place: t('matrix:place'),
      cellName: (risk, a) => cellNames[a](risk),
      addResponseTo: withOneValue(t('matrix:addResponseTo', { cell: SLOT })),
      dragResponse: withOneValue(t('matrix:dragResponse', { title: SLOT })),
      editResponse: withOneValue(t('matrix:editResponse', { title: SLOT })),
      responseCount: (count) => t('matrix:responseCount', { count, locale }),
      dragAsset: withOneValue(t('matrix:dragAsset', { text: SLOT })),
      placeAsset: withOneValue(t('matrix:placeAsset', { text: SLOT })),
    };
  }, [t, locale]);
}
