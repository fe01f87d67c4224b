import { describe, expect, it } from 'vitest';
import { formatPhone } from './format';

describe('formatPhone', () => {
  it('writes ten and seven digits with dashes', () => {
    expect(formatPhone('5105550142')).toBe('510-555-0142');
    expect(formatPhone('5550142')).toBe('555-0142');
  });

  it('leaves anything else as it is', () => {
    expect(formatPhone('445555014299')).toBe('445555014299');
    expect(formatPhone('')).toBe('');
  });
});
