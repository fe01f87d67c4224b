import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@server/modules/jurisdictions/jurisdictions.schemas';
import { sortJurisdictions, type JurisdictionKind } from './api';

const KINDS: readonly JurisdictionKind[] = ['county', 'region', 'state'];

/** <option>s grouped by kind (Counties, Regions, States) for a jurisdiction <select>. */
export function JurisdictionOptions({ items }: { items: readonly Jurisdiction[] }) {
  const { t } = useTranslation();
  const sorted = sortJurisdictions(items);
  return (
    <>
      {KINDS.map((kind) => {
        const group = sorted.filter((item) => item.kind === kind);
        if (group.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`jurisdictionGroups.${kind}`)}>
            {group.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
