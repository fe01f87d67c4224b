import { describe, expect, it } from 'vitest';
import type { YouthPage } from '@server/modules/youth/youth.schemas';
import { screeningPrompts } from './prompts';

const page = (placementStatus: string | null, screenings: number) =>
  ({
    youth: { placementStatus },
    screenings: Array.from({ length: screenings }, (_, i) => ({ id: String(i) })),
  }) as unknown as Pick<YouthPage, 'youth' | 'screenings'>;

describe('screening prompts on the youth page', () => {
  it('asks for an intake screening with the red flags when the youth was never screened', () => {
    expect(screeningPrompts(page('foster_family', 0))).toEqual([
      { kind: 'neverScreened', instrument: 'red-flags', context: 'intake' },
    ]);
  });

  it('asks for the return-from-running-away assessment while the youth is absent from placement', () => {
    expect(screeningPrompts(page('absent_from_placement', 2))).toEqual([
      { kind: 'absentFromPlacement', instrument: 'return-from-runaway', context: 'return_from_runaway' },
    ]);
    expect(screeningPrompts(page('absent_from_placement', 0)).map((p) => p.kind)).toEqual([
      'absentFromPlacement',
      'neverScreened',
    ]);
  });

  it('asks nothing of a screened youth in placement, or whose placement is not known', () => {
    expect(screeningPrompts(page('foster_family', 1))).toEqual([]);
    expect(screeningPrompts(page(null, 1))).toEqual([]);
  });
});
