import { describe, expect, it } from 'vitest';
import { jurisdictionKindsForRole } from './roleJurisdictions';

describe('jurisdictionKindsForRole', () => {
  it('places county roles in a county or region', () => {
    expect(jurisdictionKindsForRole('social_worker')).toEqual(['county', 'region']);
    expect(jurisdictionKindsForRole('county_admin')).toEqual(['county', 'region']);
  });

  it('places state roles in the state', () => {
    expect(jurisdictionKindsForRole('state_analyst')).toEqual(['state']);
    expect(jurisdictionKindsForRole('system_admin')).toEqual(['state']);
  });

  it('lets auditors, who work at either level, and an unchosen role go anywhere', () => {
    expect(jurisdictionKindsForRole('auditor')).toEqual(['county', 'region', 'state']);
    expect(jurisdictionKindsForRole('')).toEqual(['county', 'region', 'state']);
  });
});
