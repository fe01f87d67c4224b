import { useTranslation } from 'react-i18next';
import type { NewItemMessages } from './newItem';

/** The add-item form's messages in the person's language, one per field the schema can refuse. */
export function useNewItemMessages(): NewItemMessages {
  const { t } = useTranslation();
  return {
    field: (path, fallback) => {
      const [head, second, third, fourth] = path.map(String);
      const lang = (third === 'label' ? fourth : second) === 'es' ? 'Es' : 'En';
      if (head === 'key') return t('instruments.add.errors.key');
      if (head === 'code') return t('instruments.add.errors.code');
      if (head === 'text') return t(`instruments.add.errors.text${lang}`);
      if (head === 'youthText' || head === 'help') return t(`instruments.add.errors.pair${lang}`);
      if (head === 'options' && third === 'key') return t('instruments.add.errors.optionKey');
      if (head === 'options' && third === 'label') return t(`instruments.add.errors.optionLabel${lang}`);
      if (head === 'options') return t('instruments.add.errors.options');
      if (head === 'min' || head === 'max') return t('instruments.add.errors.range');
      return fallback;
    },
    keyTaken: t('instruments.add.errors.keyTaken'),
    range: t('instruments.add.errors.range'),
    optionTwice: t('instruments.add.errors.optionTwice'),
    reserved: t('instruments.add.errors.reserved'),
  };
}
