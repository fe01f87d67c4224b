import { useTranslation } from 'react-i18next';
import { Table } from '@trussworks/react-uswds';
import type { Language } from '@domain/identification/forms';
import type { Group, Instrument, Item } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import { TableRegion } from '@web/ui/TableRegion';
import { exprText } from './exprText';
import { LogicView } from './LogicView';

/**
 * One version of an instrument, read-only: every group and item in English and Spanish (worker wording,
 * youth-facing wording, help, options), then its rules, scores and outcomes.
 */
export function DefinitionView({ inst, idPrefix }: { inst: Instrument; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <div className="lantern-definition">
      <dl className="lantern-facts lantern-readable">
        <div className="lantern-fact">
          <dt>{t('instruments.fields.description')}</dt>
          <dd>{inst.description[currentLocale()]}</dd>
        </div>
        <div className="lantern-fact">
          <dt>{t('instruments.fields.source')}</dt>
          <dd>{inst.source[currentLocale()]}</dd>
        </div>
      </dl>
      <h3 id={`${idPrefix}-items`}>{t('instruments.view.itemsHeading')}</h3>
      {inst.groups.map((group) => (
        <GroupView key={group.key} group={group} inst={inst} />
      ))}
      <LogicView inst={inst} />
    </div>
  );
}

function GroupView({ group, inst }: { group: Group; inst: Instrument }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <section className="lantern-section" aria-label={group.title[lang]}>
      <h4>{group.title[lang]}</h4>
      {group.intro && <p className="lantern-readable">{group.intro[lang]}</p>}
      <TableRegion label={group.title[lang]}>
        <Table fullWidth bordered>
          <caption className="usa-sr-only">{group.title[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instruments.fields.item')}</th>
              <th scope="col">{t('identification.languages.en')}</th>
              <th scope="col">{t('identification.languages.es')}</th>
              <th scope="col">{t('instruments.fields.details')}</th>
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => (
              <tr key={item.key}>
                <th scope="row">
                  {item.code && <strong>{item.code} </strong>}
                  <code>{item.key}</code>
                </th>
                <ItemWording item={item} lang="en" />
                <ItemWording item={item} lang="es" />
                <td>
                  <ItemDetails item={item} inst={inst} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableRegion>
    </section>
  );
}

function ItemWording({ item, lang }: { item: Item; lang: Language }) {
  const { t } = useTranslation();
  return (
    <td lang={lang}>
      <p className="margin-0">{item.text[lang]}</p>
      {item.youthText && (
        <p>
          <span className="lantern-secondary-text">{t('instruments.fields.youthText')}: </span>
          {item.youthText[lang]}
        </p>
      )}
      {item.help && (
        <p>
          <span className="lantern-secondary-text">{t('instruments.fields.help')}: </span>
          {item.help[lang]}
        </p>
      )}
      {item.options && (
        <ul className="usa-list">
          {item.options.map((o) => (
            <li key={o.key}>{o.label[lang]}</li>
          ))}
        </ul>
      )}
    </td>
  );
}

function ItemDetails({ item, inst }: { item: Item; inst: Instrument }) {
  const { t } = useTranslation();
  return (
    <ul className="usa-list usa-list--unstyled">
      <li>{t(`instruments.types.${item.type}`)}</li>
      {item.type !== 'info' && (
        <li>{item.required ? t('instruments.view.required') : t('instruments.view.optional')}</li>
      )}
      {item.type === 'number' && (
        <li>{t('instruments.view.range', { min: item.min ?? '', max: item.max ?? '' })}</li>
      )}
      {item.signals.length > 0 && (
        <li>
          {t('instruments.view.signals', {
            forms: item.signals.map((f) => t(`identification.formsShort.${f}`)).join(', '),
          })}
        </li>
      )}
      <ShowIf item={item} inst={inst} />
    </ul>
  );
}

function ShowIf({ item, inst }: { item: Item; inst: Instrument }) {
  const { t } = useTranslation();
  if (!item.showIf) return null;
  return (
    <li>{t('instruments.view.shownWhen', { condition: exprText(item.showIf, inst, currentLocale(), t) })}</li>
  );
}
