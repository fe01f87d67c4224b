import { describe, expect, it } from 'vitest';
import type { FormErrors } from '@web/ui/formErrors';
import { fieldDomId, fieldKey, joinPath, messageFor, summaryFieldIds } from './fieldPaths';

const errors = (...paths: string[]): FormErrors => ({
  message: 'Some of the information is not valid.',
  fields: paths.map((path) => ({ path, message: `Problem at ${path}` })),
});

describe('fieldKey', () => {
  it('keeps the path of an ordinary field, nested allegation fields included', () => {
    expect(fieldKey('receivedAt')).toBe('receivedAt');
    expect(fieldKey('allegations.1.exploitation.endDate')).toBe('allegations.1.exploitation.endDate');
    expect(fieldKey('allegations.0.exploitation.places.2.description')).toBe(
      'allegations.0.exploitation.places.2.description',
    );
  });

  it('folds an item of a checkbox group into the group', () => {
    expect(fieldKey('allegations.1.exploitation.settings.3')).toBe('allegations.1.exploitation.settings');
    expect(fieldKey('allegation.exploitation.means.0')).toBe('allegation.exploitation.means');
  });
});

describe('joinPath and fieldDomId', () => {
  it('join a base and a field, with no dot when there is no base', () => {
    expect(joinPath('allegations.1', 'category')).toBe('allegations.1.category');
    expect(joinPath('', 'category')).toBe('category');
  });

  it('make ids that are unique per form and safe in a document', () => {
    expect(fieldDomId('intake', 'allegations.1.exploitation.endDate')).toBe(
      'intake-allegations-1-exploitation-endDate',
    );
    expect(fieldDomId('amend', 'allegations.1.exploitation.endDate')).not.toBe(
      fieldDomId('intake', 'allegations.1.exploitation.endDate'),
    );
    expect(fieldDomId('add', '')).toBe('add');
  });
});

describe('messageFor', () => {
  it('puts a 422 detail on the field it names, and nowhere else', () => {
    const e = errors('allegations.1.exploitation.endDate');
    expect(messageFor(e, 'allegations.1.exploitation.endDate')).toBe(
      'Problem at allegations.1.exploitation.endDate',
    );
    expect(messageFor(e, 'allegations.0.exploitation.endDate')).toBeUndefined();
    expect(messageFor(null, 'receivedAt')).toBeUndefined();
  });

  it('puts an unknown setting code on the settings group', () => {
    expect(
      messageFor(errors('allegations.0.exploitation.settings.4'), 'allegations.0.exploitation.settings'),
    ).toBe('Problem at allegations.0.exploitation.settings.4');
  });
});

describe('summaryFieldIds', () => {
  it('links each problem to its input when the input is on the page', () => {
    const present = new Set(['intake-receivedAt', 'intake-allegations-1-exploitation-endDate']);
    expect(
      summaryFieldIds(errors('receivedAt', 'allegations.1.exploitation.endDate'), 'intake', (id) =>
        present.has(id),
      ),
    ).toEqual({
      receivedAt: 'intake-receivedAt',
      'allegations.1.exploitation.endDate': 'intake-allegations-1-exploitation-endDate',
    });
  });

  it('walks up to the nearest section that exists', () => {
    const present = new Set([
      'intake-allegations-1-exploitation',
      'intake-allegations-1',
      'intake-allegations',
    ]);
    const ids = summaryFieldIds(
      errors('allegations.1.exploitation.places.0', 'allegations.1.subcategory', 'allegations'),
      'intake',
      (id) => present.has(id),
    );
    expect(ids).toEqual({
      'allegations.1.exploitation.places.0': 'intake-allegations-1-exploitation',
      'allegations.1.subcategory': 'intake-allegations-1',
      allegations: 'intake-allegations',
    });
  });

  it('leaves a problem unlinked when nothing on the page matches', () => {
    expect(summaryFieldIds(errors('body'), 'intake', () => false)).toEqual({});
    expect(summaryFieldIds(null, 'intake', () => true)).toEqual({});
  });
});
