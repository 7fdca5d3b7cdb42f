/**
 * How the audience view looks (theme, text size) and whether the timer's end sounds: set once per
 * room, so they fold away under "Display" to keep the docked controls to two rows.
 */
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, THEMES, type AudienceTheme, type PresenterAction, type PresenterState, type TextSize } from '@core/presentation';

interface Props {
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
  sound: boolean;
  setSound: (on: boolean) => void;
}

export function DisplayControls({ state, dispatch, sound, setSound }: Props) {
  const { t } = useTranslation('presenter');
  return (
    <details className="presenter-display">
      <summary>{t('display')}</summary>
      <div className="presenter-display-panel" role="group" aria-label={t('display')}>
        <label>
          {t('theme')}
          <select aria-label={t('theme')} value={state.theme} onChange={(e) => dispatch({ type: 'theme', theme: e.target.value as AudienceTheme })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`themeName.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('textSize')}
          <select aria-label={t('textSize')} value={state.textSize} onChange={(e) => dispatch({ type: 'textSize', textSize: e.target.value as TextSize })}>
            {TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`textSizeName.${size}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="compact">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
          {t('sound')}
        </label>
      </div>
    </details>
  );
}
