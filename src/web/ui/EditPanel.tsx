import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@trussworks/react-uswds';

interface EditPanelProps {
  headingId: string;
  heading: ReactNode;
  /** The heading's level under the section the panel opens in. */
  level?: 2 | 3 | 4;
  testId: string;
  /** A region named by its heading (the default), or a plain block inside a section that already is one. */
  region?: boolean;
  children: ReactNode;
}

/**
 * A panel that opens to change a record: its heading takes focus when it opens, so a screen reader starts
 * there and keyboard users continue from it.
 */
export function EditPanel({
  headingId,
  heading,
  level = 2,
  testId,
  region = true,
  children,
}: EditPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = `h${level}` as const;
  const content = (
    <>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
    </>
  );
  return region ? (
    <section aria-labelledby={headingId} className="lantern-panel" data-testid={testId}>
      {content}
    </section>
  ) : (
    <div className="lantern-panel" data-testid={testId}>
      {content}
    </div>
  );
}

interface ActiveStatusProps {
  heading: string;
  active: boolean;
  /** What the record's state means now, active and inactive. */
  activeNow: string;
  inactiveNow: string;
  deactivate: string;
  reactivate: string;
  pending: boolean;
  onToggle: () => void;
  onClose: () => void;
}

/** The end of an edit panel for a record that can be switched off: its state, the switch, and Close. */
export function ActiveStatus(props: ActiveStatusProps) {
  const { t } = useTranslation();
  const { active, pending, onToggle, onClose } = props;
  return (
    <>
      <h3>{props.heading}</h3>
      <p>{active ? props.activeNow : props.inactiveNow}</p>
      <ButtonGroup>
        <Button type="button" secondary={active} onClick={onToggle} aria-busy={pending}>
          {active ? props.deactivate : props.reactivate}
        </Button>
        <Button type="button" outline onClick={onClose}>
          {t('common.close')}
        </Button>
      </ButtonGroup>
    </>
  );
}
