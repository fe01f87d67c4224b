import { useTranslation } from 'react-i18next';
import { SearchPicker, type Choice } from '@web/ui/SearchPicker';
import { searchPersons, searchYouth } from './api';

interface PickerProps {
  id: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  error?: string | undefined;
}

/** The youth an allegation is about, found by name, nickname or date of birth. */
export function YouthPicker(props: PickerProps) {
  const { t } = useTranslation();
  return (
    <SearchPicker
      {...props}
      cacheKey={['youth', 'search']}
      testId="chosen-youth"
      search={async (term, signal) => {
        const { items } = await searchYouth(term, signal);
        return items.map((youth) => ({
          id: youth.id,
          name: youth.displayName,
          detail: [
            youth.legalName !== youth.displayName ? youth.legalName : null,
            youth.dateOfBirth
              ? t('allegations.form.born', { date: youth.dateOfBirth })
              : t('allegations.form.dobUnknown'),
            youth.ref,
            youth.jurisdictionName,
          ]
            .filter(Boolean)
            .join(' · '),
        }));
      }}
      text={{
        chosenLabel: t('allegations.form.youth'),
        change: t('allegations.form.changeYouth'),
        findLabel: t('allegations.form.findYouth'),
        findHint: t('allegations.form.findYouthHint'),
        search: t('allegations.form.search'),
        noneFound: (term) => t('allegations.form.noYouthFound', { term }),
        choose: (name) => t('allegations.form.choose', { name }),
      }}
    />
  );
}

/** A person of interest already known to the county, as the alleged perpetrator. */
export function PersonPicker(props: PickerProps) {
  const { t } = useTranslation();
  return (
    <SearchPicker
      {...props}
      cacheKey={['persons', 'search']}
      testId="chosen-person"
      search={async (term, signal) => {
        const { items } = await searchPersons(term, signal);
        return items.map((person) => ({
          id: person.id,
          name: person.displayName,
          detail: [
            person.otherNames.length > 0 ? person.otherNames.join(', ') : null,
            person.approximateAge !== null
              ? t('allegations.form.approximateAge', { age: person.approximateAge })
              : null,
            person.ref,
            person.jurisdictionName,
          ]
            .filter(Boolean)
            .join(' · '),
        }));
      }}
      text={{
        chosenLabel: t('allegations.form.person'),
        change: t('allegations.form.changePerson'),
        findLabel: t('allegations.form.findPerson'),
        findHint: t('allegations.form.findPersonHint'),
        search: t('allegations.form.search'),
        noneFound: (term) => t('allegations.form.noPersonFound', { term }),
        choose: (name) => t('allegations.form.choose', { name }),
      }}
    />
  );
}
