import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

/** English / français, switchable at any time and remembered. Each option is named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {LANGUAGES.map((lang: Language) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void setLanguage(lang)}
        >
          {t(`languageName.${lang}`)}
        </button>
      ))}
    </div>
  );
}
