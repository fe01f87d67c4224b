import { describe, expect, it } from 'vitest';
import { loadInstrument } from '@domain/identification/instrument.validate';
import { itemMap } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';
import { buildSteps } from './runner';
import { linkTargets } from './useRunner';

const words = (en: string) => ({ en, es: en });
const inst = loadInstrument(
  {
    key: 'links',
    version: 1,
    kind: 'screening',
    title: words('Links'),
    description: words('For tests.'),
    source: words('Invented.'),
    groups: [
      {
        key: 'g',
        title: words('G'),
        items: [
          { key: 'note', type: 'info', text: words('Read first.') },
          { key: 'asked', type: 'yes_no', text: words('Asked?') },
          { key: 'later', type: 'yes_no', text: words('Later?'), showIf: { item: 'asked' } },
        ],
      },
    ],
  },
  'links',
);

describe('linkTargets', () => {
  const shown = visibility(inst, {});
  const items = itemMap(inst);

  it('links a problem on a step to its question', () => {
    const [step] = buildSteps(inst, shown);
    expect(linkTargets(step, shown, items)).toMatchObject({ 'answers.asked': 'q-asked' });
  });

  it('links a problem on the review to the asked question’s row, and the details to theirs', () => {
    const ids = linkTargets(undefined, shown, items);
    expect(ids['answers.asked']).toBe('review-asked');
    expect(ids['answers.later']).toBeUndefined();
    expect(ids['answers.note']).toBeUndefined();
    expect(ids.screenedAt).toBe('review-detail-screenedAt');
    expect(ids.contextNote).toBe('review-detail-contextNote');
  });
});
