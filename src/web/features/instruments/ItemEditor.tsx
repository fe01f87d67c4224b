import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import type { Instrument, Item } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import type { Change, Update } from './editor';
import { referencesTo, removeItem, removeItemAndReferences, type Reference } from './references';
import { TextPair } from './TextPair';

interface ItemEditorProps {
  inst: Instrument;
  item: Item;
  errorFor: (id: string) => string | undefined;
  onChange: Update;
  /** Called after the item is removed, with a sentence saying what went. */
  onRemoved: (message: string) => void;
}

/** One item's wording in both languages (worker, youth-facing, help, options), and removing it. */
export function ItemEditor({ inst, item, errorFor, onChange, onRemoved }: ItemEditorProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const removeId = `item-${item.key}-remove`;
  const target = (field: 'text' | 'youthText' | 'help') => ({ kind: 'item', key: item.key, field }) as const;
  const name = item.code ? `${item.code} (${item.key})` : item.key;
  return (
    <fieldset className="usa-fieldset lantern-item-editor" data-testid={`item-editor-${item.key}`}>
      <legend className="usa-legend lantern-legend">
        {t('instruments.edit.itemLegend', { name, type: t(`instruments.types.${item.type}`) })}
      </legend>
      <TextPair
        inst={inst}
        target={target('text')}
        name={t('instruments.fields.text')}
        errorFor={errorFor}
        onChange={onChange}
      />
      <TextPair
        inst={inst}
        target={target('youthText')}
        name={t('instruments.fields.youthText')}
        optional
        errorFor={errorFor}
        onChange={onChange}
      />
      <TextPair
        inst={inst}
        target={target('help')}
        name={t('instruments.fields.help')}
        optional
        errorFor={errorFor}
        onChange={onChange}
      />
      {item.options?.map((option) => (
        <TextPair
          key={option.key}
          inst={inst}
          target={{ kind: 'option', item: item.key, option: option.key }}
          name={t('instruments.edit.optionName', { option: option.key })}
          short
          errorFor={errorFor}
          onChange={onChange}
        />
      ))}
      {confirming ? (
        <RemoveConfirm
          inst={inst}
          item={item}
          name={name}
          onCancel={() => {
            setConfirming(false);
            setTimeout(() => document.getElementById(removeId)?.focus(), 0);
          }}
          onRemove={(change, message) => {
            onChange(change);
            onRemoved(message);
          }}
        />
      ) : (
        <Button id={removeId} type="button" secondary onClick={() => setConfirming(true)}>
          {t('instruments.edit.remove')}
          <span className="usa-sr-only"> {name}</span>
        </Button>
      )}
    </fieldset>
  );
}

interface RemoveConfirmProps {
  inst: Instrument;
  item: Item;
  name: string;
  onCancel: () => void;
  onRemove: (change: Change, message: string) => void;
}

/** Before an item goes: what refers to it, and whether those references go too. */
function RemoveConfirm({ inst, item, name, onCancel, onRemove }: RemoveConfirmProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const refs = referencesTo(inst, item.key);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const describe = (r: Reference) => {
    if (r.kind === 'rule')
      return t('instruments.remove.rule', {
        label: inst.rules.find((x) => x.key === r.key)?.label[lang] ?? r.key,
      });
    if (r.kind === 'score')
      return t('instruments.remove.score', {
        label: inst.scores.find((x) => x.key === r.key)?.label[lang] ?? r.key,
      });
    return t('instruments.remove.showIf', { item: r.key });
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="lantern-panel"
      role="group"
      aria-label={t('instruments.remove.heading', { name })}
    >
      <p className="text-bold">{t('instruments.remove.heading', { name })}</p>
      {refs.length === 0 ? (
        <p>{t('instruments.remove.noReferences')}</p>
      ) : (
        <>
          <p>{t('instruments.remove.referenced', { count: refs.length })}</p>
          <ul className="usa-list">
            {refs.map((r) => (
              <li key={`${r.kind}-${r.key}`}>{describe(r)}</li>
            ))}
          </ul>
        </>
      )}
      <ButtonGroup>
        {refs.length > 0 && (
          <Button
            type="button"
            onClick={() =>
              onRemove(
                (cur) => removeItemAndReferences(cur, item.key),
                t('instruments.remove.removedWithReferences', { name }),
              )
            }
          >
            {t('instruments.remove.withReferences')}
          </Button>
        )}
        <Button
          type="button"
          secondary={refs.length === 0}
          outline={refs.length > 0}
          onClick={() =>
            onRemove((cur) => removeItem(cur, item.key), t('instruments.remove.removed', { name }))
          }
        >
          {refs.length > 0 ? t('instruments.remove.itemOnly') : t('instruments.remove.confirm')}
        </Button>
        <Button type="button" unstyled onClick={onCancel}>
          {t('instruments.remove.keep')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
