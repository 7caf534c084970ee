import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES, setLanguage } from '../i18n/i18n';
import { ChoiceSelect } from '../ui/choice-select';

/** 语言 / Language: each language named in itself, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <div className="language-switch">
      <label className="top-bar__label" htmlFor="language">
        {t('topBar.language')}
      </label>
      <ChoiceSelect
        id="language"
        size="small"
        className="language-switch__select"
        value={currentLanguage()}
        choices={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
        onValueChange={(value) => {
          if (isLanguage(value)) void setLanguage(value);
        }}
      />
    </div>
  );
}
