import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tag } from '@trussworks/react-uswds';
import type { Determination, DeterminationResult } from '@domain/identification/determine';
import type { Language } from '@domain/identification/forms';
import { DETERMINATION_NAMES, STATUS_NAMES } from '@domain/identification/reasons';
import { labelForCode, lookupsQueryOptions } from '@web/features/lookups/api';
import { reasons } from './reasonLabels';

type Props = { determination: DeterminationResult; lang: Language };

/**
 * What the documented facts amount to, point by point along the spectrum of child labor and trafficking:
 * met or possible first, each with its status in words, every reason, and whether it must be reported to
 * the hotline or assessed for neglect; those not met listed compactly (collapsed), with their reasons.
 */
export function DeterminationList({ determination, lang }: Props) {
  const { t } = useTranslation();
  const lookups = useQuery(lookupsQueryOptions);
  const codes = lookups.data ? Object.values(lookups.data.lists).flat() : undefined;
  const otherCode = (code: string) => labelForCode(codes, code, lang);
  const found = determination.determinations.filter((d) => d.status !== 'not_met');
  const notMet = determination.determinations.filter((d) => d.status === 'not_met');
  const collapsed = useOpenForPrint();
  return (
    <section aria-labelledby="screening-determinations-heading" className="lantern-section lantern-readable">
      <h2 id="screening-determinations-heading">{t('screeningResult.determinations.heading')}</h2>
      <p>{t('screeningResult.determinations.intro')}</p>
      {found.map((d) => (
        <div
          key={d.key}
          className={`lantern-finding lantern-determination lantern-determination--${d.status}`}
        >
          <h3>
            {DETERMINATION_NAMES[d.key][lang]}{' '}
            <Tag className={`lantern-tag-status lantern-tag-${d.status}`}>{STATUS_NAMES[d.status][lang]}</Tag>
          </h3>
          <Obligations d={d} />
          <ReasonList sentences={reasons(d, lang, t, otherCode)} />
        </div>
      ))}
      {notMet.length > 0 && (
        <details className="lantern-not-met" ref={collapsed}>
          <summary>{t('screeningResult.determinations.notMet', { n: notMet.length })}</summary>
          {notMet.map((d) => (
            <div key={d.key} className="lantern-finding">
              <h3>
                {DETERMINATION_NAMES[d.key][lang]} — {STATUS_NAMES[d.status][lang]}
              </h3>
              <ReasonList sentences={reasons(d, lang, t, otherCode)} />
            </div>
          ))}
        </details>
      )}
    </section>
  );
}

/** Paper shows everything: a collapsed part opens while the page prints, and closes again after. */
function useOpenForPrint() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let wasOpen = false;
    const open = () => {
      wasOpen = ref.current?.open ?? false;
      if (ref.current) ref.current.open = true;
    };
    const restore = () => {
      if (ref.current) ref.current.open = wasOpen;
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, []);
  return ref;
}

function Obligations({ d }: { d: Determination }) {
  const { t } = useTranslation();
  if (!d.hotline && !d.neglectAssessment) return null;
  return (
    <ul className="usa-list lantern-obligations">
      {d.hotline && (
        <li>
          <strong>{t('screeningResult.determinations.hotline')}</strong>
        </li>
      )}
      {d.neglectAssessment && (
        <li>
          <strong>{t('screeningResult.determinations.neglect')}</strong>
        </li>
      )}
    </ul>
  );
}

function ReasonList({ sentences }: { sentences: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h4 className="usa-sr-only">{t('screeningResult.determinations.reasons')}</h4>
      <ul className="usa-list lantern-reasons">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}
