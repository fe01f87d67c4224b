import { useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, FormGroup, TextInput } from '@trussworks/react-uswds';
import { ApiErrorAlert } from './alerts';
import { FieldFrame, HintAndError } from './fields';

/** A record chosen in a picker: its id and the name it is shown by. */
export interface Choice {
  id: string;
  name: string;
}

export interface PickerHit extends Choice {
  /** A line that tells similar names apart (date of birth, reference, county). */
  detail: string;
}

export interface PickerText {
  chosenLabel: string;
  change: string;
  findLabel: string;
  findHint: string;
  search: string;
  noneFound: (term: string) => string;
  choose: (name: string) => string;
}

interface SearchPickerProps {
  /** The field's id: on the search box, or on the "Change" button once something is chosen. */
  id: string;
  /** Separates this picker's searches from others' in the query cache. */
  cacheKey: readonly string[];
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  search: (term: string, signal: AbortSignal) => Promise<PickerHit[]>;
  text: PickerText;
  error?: string | undefined;
  testId?: string;
}

/**
 * Find a record by typing part of a name and choose one of the matches. Once chosen, it shows the choice
 * with a way to change it. Enter in the search box searches rather than submitting the surrounding form.
 */
export function SearchPicker({
  id,
  cacheKey,
  value,
  onChange,
  search,
  text,
  error,
  testId,
}: SearchPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const results = useQuery({
    queryKey: [...cacheKey, 'picker', term],
    queryFn: ({ signal }) => search(term, signal),
    enabled: term.length > 0,
  });

  const run = () => setTerm(typed.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };
  const focusSoon = (find: () => HTMLElement | null) => setTimeout(() => find()?.focus(), 0);

  if (value) {
    return (
      <FormGroup error={Boolean(error)}>
        <div className="usa-label" id={`${id}-label`}>
          {text.chosenLabel}
        </div>
        <HintAndError id={id} error={error} />
        <p className="lantern-chosen" data-testid={testId}>
          <strong>{value.name}</strong>{' '}
          <Button
            type="button"
            unstyled
            id={id}
            aria-describedby={`${id}-label`}
            onClick={() => {
              onChange(null);
              focusSoon(() => searchRef.current);
            }}
          >
            {text.change}
          </Button>
        </p>
      </FormGroup>
    );
  }

  return (
    <FieldFrame id={id} label={text.findLabel} hint={text.findHint} error={error}>
      {(ids) => (
        <>
          <div className="lantern-search-row">
            <TextInput
              id={id}
              name={id}
              type="search"
              inputRef={searchRef}
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={onKeyDown}
              validationStatus={error ? 'error' : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={ids}
            />
            <Button type="button" outline onClick={run}>
              {text.search}
            </Button>
          </div>
          <div aria-live="polite">
            {results.isFetching && <p className="lantern-loading">{t('common.loading')}</p>}
            {results.isError && <ApiErrorAlert error={results.error} headingLevel="h3" />}
            {results.data && results.data.length === 0 && <p>{text.noneFound(term)}</p>}
            {results.data && results.data.length > 0 && (
              <ul className="usa-list usa-list--unstyled lantern-pick-list">
                {results.data.map((hit) => (
                  <li key={hit.id}>
                    <Button
                      type="button"
                      outline
                      onClick={() => {
                        onChange({ id: hit.id, name: hit.name });
                        focusSoon(() => document.getElementById(id));
                      }}
                    >
                      {text.choose(hit.name)}
                    </Button>{' '}
                    <span className="lantern-secondary-text">{hit.detail}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </FieldFrame>
  );
}
