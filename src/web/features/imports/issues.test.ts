import { describe, expect, it } from 'vitest';
import { BATCH_STATUSES, ISSUE_CODES } from '@server/modules/imports/imports.schemas';
import { en, es } from '@web/i18n/resources';

describe('import problems and statuses in the reader’s language', () => {
  it('word every problem code the server sends, in English and Spanish, and no other', () => {
    for (const language of [en, es]) {
      expect(Object.keys(language.imports.issue).sort()).toEqual([...ISSUE_CODES].sort());
      expect(Object.keys(language.imports.status).sort()).toEqual([...BATCH_STATUSES].sort());
    }
  });
});
