import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@trussworks/react-uswds';

interface RecoveryCodesProps {
  codes: readonly string[];
  headingLevel: 'h2' | 'h3';
  onContinue: () => void;
}

/** Shown once, right after enrolment: the codes that let someone in without their phone. */
export function RecoveryCodes({ codes, headingLevel: Heading, onContinue }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="lantern-recovery">
      <Heading ref={headingRef} tabIndex={-1}>
        {t('totp.recoveryHeading')}
      </Heading>
      <p>{t('totp.recoveryBody')}</p>
      <ul
        className="lantern-recovery-codes"
        aria-label={t('totp.recoveryListLabel')}
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <Button type="button" outline onClick={() => window.print()}>
          {t('totp.print')}
        </Button>
        <Button type="button" onClick={onContinue}>
          {t('totp.saved')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
