import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { YouthPage } from '@server/modules/youth/youth.schemas';
import type { Me } from '@server/modules/auth/auth.schemas';
import { hasAbility } from '@web/features/auth/session';
import { screeningPrompts } from './prompts';

/**
 * When the youth should be screened (SPEC §2.1 triggers): never screened yet (intake), or absent from
 * placement (on return, assess for exploitation during the time away). Shown to people who may screen.
 */
export function ScreeningPrompts({ me, page }: { me: Me; page: YouthPage }) {
  const { t } = useTranslation();
  if (!hasAbility(me, 'screenings.write')) return null;
  const prompts = screeningPrompts(page);
  if (prompts.length === 0) return null;
  return (
    <section aria-labelledby="screening-prompts-heading" className="lantern-screening-prompts">
      <h2 id="screening-prompts-heading" className="usa-sr-only">
        {t('screenings.prompts.heading')}
      </h2>
      <ul className="usa-list usa-list--unstyled">
        {prompts.map((p) => (
          <li key={p.kind} className="usa-alert usa-alert--info usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t(`screenings.prompts.${p.kind}`)}{' '}
                <Link
                  to="/youth/$id/screen"
                  params={{ id: page.youth.id }}
                  search={{ instrument: p.instrument, context: p.context }}
                  className="usa-link"
                >
                  {t(`screenings.prompts.${p.kind}Link`)}
                </Link>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
