/** Planning-area colours: the darker Okabe-Ito shades of the matrix headers (app.css), readable with white text. */
import type { PlanningArea } from '@core/model';

export const AREA_COLOURS: Record<PlanningArea, string> = {
  socialDevelopment: '#005a8c',
  prevention: '#006b4e',
  riskIntervention: '#7a5300',
  incidentResponse: '#9a3f00',
};
