import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import type { YouthSummary } from './api';
import { AgeText, DateOfBirthText, MatchedText, OtherNamesText } from './YouthFacts';

interface DuplicateWarningProps {
  candidates: readonly YouthSummary[];
  pending: boolean;
  onCreate: () => void;
  onCancel: () => void;
}

/**
 * Before a new youth is saved: the youth already in Lantern who look like them. The person opens one of
 * them if it is the same youth, or says this is a different youth and creates the record anyway.
 */
export function DuplicateWarning({ candidates, pending, onCreate, onCancel }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      className="usa-alert usa-alert--warning lantern-duplicates"
      aria-labelledby="youth-duplicates-heading"
      data-testid="duplicate-warning"
    >
      <div className="usa-alert__body">
        <h2 id="youth-duplicates-heading" className="usa-alert__heading" ref={headingRef} tabIndex={-1}>
          {t('youth.duplicates.heading', { count: candidates.length })}
        </h2>
        <p className="usa-alert__text">{t('youth.duplicates.intro')}</p>
        <ul className="usa-list lantern-candidates">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <Link to="/youth/$id" params={{ id: candidate.id }} className="usa-link text-bold">
                {candidate.displayName}
              </Link>{' '}
              <span className="lantern-secondary-text">({candidate.ref})</span>
              <dl className="lantern-candidate-facts">
                <div>
                  <dt>{t('youth.results.otherNames')}</dt>
                  <dd>
                    <OtherNamesText names={candidate.otherNames} />
                  </dd>
                </div>
                <div>
                  <dt>{t('youth.results.dob')}</dt>
                  <dd>
                    <DateOfBirthText
                      dateOfBirth={candidate.dateOfBirth}
                      dobEstimated={candidate.dobEstimated}
                    />
                  </dd>
                </div>
                <div>
                  <dt>{t('youth.results.age')}</dt>
                  <dd>
                    <AgeText age={candidate.age} dobEstimated={candidate.dobEstimated} />
                  </dd>
                </div>
                <div>
                  <dt>{t('youth.results.county')}</dt>
                  <dd>{candidate.jurisdictionName}</dd>
                </div>
                <div>
                  <dt>{t('youth.results.matched')}</dt>
                  <dd>
                    <MatchedText matched={candidate.matched} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
        <p className="usa-alert__text">{t('youth.duplicates.different')}</p>
        <ButtonGroup>
          <Button type="button" onClick={() => !pending && onCreate()} aria-busy={pending}>
            {t('youth.duplicates.createAnyway')}
          </Button>
          <Button type="button" outline onClick={() => !pending && onCancel()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </div>
    </section>
  );
}
