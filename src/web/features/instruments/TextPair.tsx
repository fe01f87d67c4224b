import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@domain/identification/forms';
import { INSTRUMENT_LIMITS, type Instrument } from '@domain/identification/instrument';
import { TextAreaField, TextField } from '@web/ui/fields';
import { getText, setText, textId, type TextTarget, type Update } from './editor';

interface TextPairProps {
  inst: Instrument;
  target: TextTarget;
  /** What the text is ("Worker wording"), used in both inputs' labels. */
  name: string;
  /** Short texts (titles, option labels) take one line; the rest several. */
  short?: boolean;
  optional?: boolean;
  errorFor: (id: string) => string | undefined;
  onChange: Update;
}

/** One text in English and Spanish, side by side; each input is labelled with the text and its language. */
export function TextPair({ inst, target, name, short, optional, errorFor, onChange }: TextPairProps) {
  const { t } = useTranslation();
  const text = getText(inst, target);
  const max = short ? INSTRUMENT_LIMITS.label : INSTRUMENT_LIMITS.text;
  return (
    <div className="lantern-text-pair">
      {LANGUAGES.map((lang) => {
        const id = textId(target, lang);
        const label = t('instruments.edit.inLanguage', {
          name,
          language: t(`identification.languages.${lang}`),
        });
        const common = {
          id,
          label,
          lang,
          optional,
          error: errorFor(id),
        };
        return short ? (
          <TextField
            key={lang}
            {...common}
            autoComplete="off"
            maxLength={max}
            value={text?.[lang] ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange((cur) => setText(cur, target, lang, value));
            }}
          />
        ) : (
          <TextAreaField
            key={lang}
            {...common}
            rows={3}
            maxLength={max}
            value={text?.[lang] ?? ''}
            onChange={(value) => onChange((cur) => setText(cur, target, lang, value))}
          />
        );
      })}
    </div>
  );
}
