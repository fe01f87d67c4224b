import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Button } from '@trussworks/react-uswds';
import type { Me } from '@server/modules/auth/auth.schemas';
import { hasAbility } from '@web/features/auth/session';

export const ADD_CONTACT_BUTTON_ID = 'youth-add-contact';

interface YouthActionsProps {
  me: Me;
  youthId: string;
  addingContact: boolean;
  onAddContact: () => void;
}

/** What can be done from the youth page, each shown only to people whose role allows it. */
export function YouthActions({ me, youthId, addingContact, onAddContact }: YouthActionsProps) {
  const { t } = useTranslation();
  const canRecord = hasAbility(me, 'reports.write');
  return (
    <div role="group" aria-label={t('youth.actions.label')} className="lantern-youth-actions">
      <ul className="usa-button-group">
        {canRecord && (
          <li className="usa-button-group__item">
            <Link to="/reports/new" search={{ youthId }} className="usa-button">
              {t('youth.actions.newReport')}
            </Link>
          </li>
        )}
        {hasAbility(me, 'screenings.write') && (
          <li className="usa-button-group__item">
            <Link to="/youth/$id/screen" params={{ id: youthId }} className="usa-button usa-button--outline">
              {t('screenings.youthAction')}
            </Link>
          </li>
        )}
        {canRecord && (
          <li className="usa-button-group__item">
            <Button
              type="button"
              outline
              id={ADD_CONTACT_BUTTON_ID}
              aria-expanded={addingContact}
              aria-controls={addingContact ? 'youth-contact-new' : undefined}
              onClick={onAddContact}
            >
              {t('youth.actions.addContact')}
            </Button>
          </li>
        )}
        {hasAbility(me, 'persons.read') && (
          <li className="usa-button-group__item">
            <Link to="/network" search={{ youthId }} className="usa-button usa-button--outline">
              {t('youth.actions.network')}
            </Link>
          </li>
        )}
        <li className="usa-button-group__item">
          <Button type="button" outline onClick={() => window.print()}>
            {t('youth.actions.print')}
          </Button>
        </li>
      </ul>
    </div>
  );
}
