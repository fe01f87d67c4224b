import { useTranslation } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';

/** The facts Lantern holds about the signed-in person, as a description list. */
export function AboutYou({ me }: { me: Me }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('home.name'), me.user.displayName],
    [t('home.email'), me.user.email],
    [t('home.role'), t(`roles.${me.user.role}`)],
    [
      t('home.jurisdiction'),
      t('home.jurisdictionValue', {
        name: me.jurisdiction.name,
        kind: t(`jurisdictionKinds.${me.jurisdiction.kind}`),
      }),
    ],
    [t('home.agency'), me.agency?.name ?? t('home.noAgency')],
  ];
  return (
    <section aria-labelledby="about-you-heading">
      <h2 id="about-you-heading">{t('home.aboutHeading')}</h2>
      <dl className="lantern-facts" data-testid="about-you">
        {rows.map(([term, value]) => (
          <div key={term} className="lantern-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
