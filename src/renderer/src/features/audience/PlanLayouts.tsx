/** Audience layouts for the plan itself: the matrix, outcomes and the wrap-up. */
import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS } from '@core/model';
import type { ScreenOf } from '@core/presentation';
import { formatDay } from './format';

export function MatrixLayout({ screen }: { screen: ScreenOf<'matrix'> }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  if (screen.rows.length === 0) {
    return (
      <div className="aud-matrix">
        <h1>{t('audience:step.matrix')}</h1>
        <p className="aud-empty">{t('audience:noPrioritiesYet')}</p>
      </div>
    );
  }
  return (
    <div className={`aud-matrix${screen.focused ? ' is-focused' : ''}`}>
      <h1>{screen.focused ? screen.rows[0]!.title : t('audience:step.matrix')}</h1>
      {!screen.focused && <p className="aud-lede">{t('audience:gaps', { count: screen.gaps })}</p>}
      <table className="aud-matrix-table">
        <caption className="visually-hidden">{t('audience:matrixCaption')}</caption>
        <thead>
          <tr>
            {!screen.focused && <th scope="col" className="aud-matrix-corner" />}
            {PLANNING_AREAS.map((area) => (
              <th key={area} scope="col" className={`area-${area}`}>
                {t(`catalogue:area.${area}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {screen.rows.map((row) => (
            <tr key={row.riskId}>
              {!screen.focused && <th scope="row">{row.title}</th>}
              {row.cells.map((cell) =>
                cell.responses.length === 0 ? (
                  <td key={cell.area} className="gap">
                    <span className="aud-gap">{t('audience:gap')}</span>
                  </td>
                ) : (
                  <td key={cell.area}>
                    <ul className="aud-responses">
                      {cell.responses.map((r, i) => (
                        <li key={i}>
                          <span className="aud-response-title">{r.title}</span>
                          <span className="aud-response-meta">
                            {t(`catalogue:responseType.${r.type}`)}
                            {screen.focused && r.lead && <> · {r.lead}</>}
                          </span>
                        </li>
                      ))}
                    </ul>
                    {cell.more > 0 && <span className="aud-more-inline">{t('audience:moreShort', { count: cell.more })}</span>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {screen.moreRows > 0 && <p className="aud-more">{t('audience:morePriorities', { count: screen.moreRows })}</p>}
    </div>
  );
}

export function OutcomesLayout({ screen }: { screen: ScreenOf<'outcomes'> }) {
  const { t } = useTranslation(['audience', 'catalogue']);
  return (
    <div className="aud-outcomes">
      <h1>{t('audience:step.outcomes')}</h1>
      {screen.groups.length === 0 && <p className="aud-empty">{t('audience:noPrioritiesYet')}</p>}
      {screen.groups.map((group) => (
        <section key={group.riskId} className="aud-section" aria-label={group.title}>
          <h2>{group.title}</h2>
          {group.outcomes.length === 0 ? (
            <p className="aud-empty">{t('audience:noOutcomesYet')}</p>
          ) : (
            <ul className="aud-outcome-list">
              {group.outcomes.map((o, i) => (
                <li key={i}>
                  <span className="aud-outcome-statement">
                    {o.statement}
                    <span className="aud-tag">{t(`catalogue:outcomeLevel.${o.level}`)}</span>
                  </span>
                  {o.indicator && (
                    <span className="aud-outcome-measure">
                      {o.indicator}
                      {(o.baseline || o.target) &&
                        ` · ${t('audience:baselineTarget', { baseline: o.baseline || '–', target: o.target || '–', date: o.targetDate || '–' })}`}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {group.more > 0 && <p className="aud-more">{t('audience:moreOutcomes', { count: group.more })}</p>}
        </section>
      ))}
      {screen.moreGroups > 0 && <p className="aud-more">{t('audience:morePriorities', { count: screen.moreGroups })}</p>}
    </div>
  );
}

const COUNTS = ['partners', 'cards', 'risks', 'priorities', 'responses', 'outcomes'] as const;

export function WrapUpLayout({ screen, language }: { screen: ScreenOf<'wrapUp'>; language: string }) {
  const { t } = useTranslation('audience');
  return (
    <div className="aud-wrapup">
      <h1 className="aud-hero">{t('thankYou')}</h1>
      <div className="aud-columns">
        <section className="aud-section" aria-labelledby="aud-priorities">
          <h2 id="aud-priorities">{t('ourPriorities')}</h2>
          {screen.priorities.length === 0 ? (
            <p className="aud-empty">{t('noPrioritiesYet')}</p>
          ) : (
            <ol className="aud-ballot">
              {screen.priorities.map((title, i) => (
                <li key={i}>
                  <span className="aud-ballot-title">{title}</span>
                </li>
              ))}
            </ol>
          )}
          {screen.morePriorities > 0 && <p className="aud-more">{t('morePriorities', { count: screen.morePriorities })}</p>}
        </section>
        <section className="aud-section" aria-labelledby="aud-together">
          <h2 id="aud-together">{t('together')}</h2>
          <ul className="aud-tiles aud-counts">
            {COUNTS.map((key) => (
              <li key={key} className="aud-tile">
                <span className="aud-tile-number">{screen.counts[key]}</span>
                <span className="aud-tile-label">{t(`count.${key}`, { count: screen.counts[key] })}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {screen.session && (
        <p className="aud-session">
          {t(screen.session.place ? 'nextSession' : 'nextSessionNoPlace', { title: screen.session.title, date: formatDay(screen.session.date, language), place: screen.session.place })}
        </p>
      )}
    </div>
  );
}
