import { useTranslation } from 'react-i18next';
import type { Instrument } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import { AddItemForm } from './AddItemForm';
import { addItem, textId, type Update } from './editor';
import { ItemEditor } from './ItemEditor';
import { TextPair } from './TextPair';
import { ThresholdFields } from './ThresholdFields';

interface FormEditorProps {
  inst: Instrument;
  errorFor: (id: string) => string | undefined;
  onChange: Update;
  /** A change worth announcing (an item added or removed), and the input to move to afterwards. */
  onAnnounce: (message: string, focusId: string) => void;
}

/** The structured editor: title and description, each group and item, a new item, and the thresholds. */
export function FormEditor({ inst, errorFor, onChange, onAnnounce }: FormEditorProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const shared = { inst, errorFor, onChange };
  return (
    <>
      <section aria-labelledby="edit-about-heading" className="lantern-form-section">
        <h3 id="edit-about-heading">{t('instruments.edit.aboutHeading')}</h3>
        <TextPair
          {...shared}
          target={{ kind: 'instrument', field: 'title' }}
          name={t('instruments.fields.title')}
          short
        />
        <TextPair
          {...shared}
          target={{ kind: 'instrument', field: 'description' }}
          name={t('instruments.fields.description')}
        />
      </section>
      {inst.groups.map((group) => (
        <section key={group.key} aria-labelledby={`edit-group-${group.key}`} className="lantern-form-section">
          <h3 id={`edit-group-${group.key}`} tabIndex={-1}>
            {group.title[lang]}
          </h3>
          <TextPair
            {...shared}
            target={{ kind: 'group', key: group.key, field: 'title' }}
            name={t('instruments.edit.groupTitle')}
            short
          />
          <TextPair
            {...shared}
            target={{ kind: 'group', key: group.key, field: 'intro' }}
            name={t('instruments.edit.groupIntro')}
            optional
          />
          {group.items.length === 0 && (
            <p className="usa-error-message">{t('instruments.edit.emptyGroup')}</p>
          )}
          {group.items.map((item) => (
            <ItemEditor
              key={item.key}
              {...shared}
              item={item}
              onRemoved={(message) => onAnnounce(message, `edit-group-${group.key}`)}
            />
          ))}
        </section>
      ))}
      <section aria-labelledby="edit-add-heading" className="lantern-form-section">
        <h3 id="edit-add-heading">{t('instruments.add.heading')}</h3>
        <AddItemForm
          inst={inst}
          onAdd={(group, item) => {
            onChange((cur) => addItem(cur, group, item));
            onAnnounce(
              t('instruments.add.added', { key: item.key }),
              textId({ kind: 'item', key: item.key, field: 'text' }, 'en'),
            );
          }}
        />
      </section>
      <section aria-labelledby="edit-thresholds-heading" className="lantern-form-section">
        <h3 id="edit-thresholds-heading">{t('instruments.thresholds.heading')}</h3>
        <p className="lantern-readable">{t('instruments.thresholds.intro')}</p>
        <ThresholdFields {...shared} />
      </section>
    </>
  );
}
