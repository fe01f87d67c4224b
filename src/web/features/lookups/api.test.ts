import { describe, expect, it } from 'vitest';
import { isCountyValue, labelForCode, lookupLabel, offeredValues, type LookupValue } from './api';

const builtIn = (code: string, en: string, es: string): LookupValue => ({
  id: null,
  code,
  labelEn: en,
  labelEs: es,
  builtIn: true,
  active: true,
  version: null,
});
const county = (code: string, active: boolean): LookupValue => ({
  id: '3f1c2b7a-9d8e-4f60-a1b2-c3d4e5f60718',
  code,
  labelEn: code.replace('_', ' '),
  labelEs: `es ${code}`,
  builtIn: false,
  active,
  version: 2,
});

const values = [
  builtIn('construction', 'Construction', 'Construcción'),
  county('car_washes', true),
  county('nail_salons', false),
];

describe('lookup values on forms', () => {
  it('offers active values, and an inactive one only to a record that already uses it', () => {
    expect(offeredValues(values, []).map((v) => v.code)).toEqual(['construction', 'car_washes']);
    expect(offeredValues(values, ['nail_salons']).map((v) => v.code)).toEqual([
      'construction',
      'car_washes',
      'nail_salons',
    ]);
  });

  it('labels a code in the reader’s language, and shows an unknown code as it is', () => {
    expect(labelForCode(values, 'construction', 'es')).toBe('Construcción');
    expect(lookupLabel(values[0]!, 'en')).toBe('Construction');
    expect(labelForCode(values, 'retired_code', 'en')).toBe('retired_code');
    expect(labelForCode(undefined, 'construction', 'en')).toBe('construction');
  });

  it('lets only county values be edited', () => {
    expect(values.map(isCountyValue)).toEqual([false, true, true]);
  });
});
