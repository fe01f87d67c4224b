/**
 * The screening triggers the youth page can see (SPEC §2.1): a youth never screened is screened at intake
 * with the red flags of every form; a youth absent from placement is assessed on return for exploitation
 * during the time away (SB 794 requires it for commercial sexual exploitation; Lantern asks about labor
 * too). Pure, so it is tested without a browser.
 */
import type { ScreeningContext } from '@domain/identification/forms';
import type { YouthPage } from '@server/modules/youth/youth.schemas';

export interface ScreeningPrompt {
  kind: 'neverScreened' | 'absentFromPlacement';
  instrument: string;
  context: ScreeningContext;
}

export function screeningPrompts(page: Pick<YouthPage, 'youth' | 'screenings'>): ScreeningPrompt[] {
  const out: ScreeningPrompt[] = [];
  if (page.youth.placementStatus === 'absent_from_placement')
    out.push({
      kind: 'absentFromPlacement',
      instrument: 'return-from-runaway',
      context: 'return_from_runaway',
    });
  if (page.screenings.length === 0)
    out.push({ kind: 'neverScreened', instrument: 'red-flags', context: 'intake' });
  return out;
}
