import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES, setLanguage } from '../i18n/i18n';

/** 语言 / Language: each language named in itself, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <div className="language-switch">
      <label className="top-bar__label" htmlFor="language">
        {t('topBar.language')}
      </label>
      <select
        id="language"
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
