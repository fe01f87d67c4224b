import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '@web/api/client';
import { describeError, fieldMessage, toFormErrors } from './formErrors';

// Stands in for i18next: answers with the key, so the test sees which sentence was chosen.
const t = ((key: string) => key) as unknown as TFunction;
const error = (status: number, code = 'x', message = 'From the server.') =>
  new ApiError({ status, code, message });

describe('describeError', () => {
  it('uses our own words where the server cannot help', () => {
    expect(describeError(error(0, NETWORK_ERROR, ''), t)).toBe('errors.network');
    expect(describeError(error(403), t)).toBe('errors.forbidden');
    expect(describeError(error(500), t)).toBe('errors.server');
    expect(describeError(new Error('boom'), t)).toBe('errors.generic');
  });

  it('passes on the server message for problems the person can fix', () => {
    expect(describeError(error(422, 'password_rejected', 'Choose a different password.'), t)).toBe(
      'Choose a different password.',
    );
    expect(describeError(error(429, 'too_many_attempts', 'Wait a few minutes.'), t)).toBe(
      'Wait a few minutes.',
    );
  });
});

describe('toFormErrors', () => {
  it('puts each detail next to its field', () => {
    const failed = new ApiError({
      status: 422,
      code: 'validation_failed',
      message: 'Some of the information is not valid.',
      details: [{ path: 'email', message: 'Enter an email address.' }],
    });
    const errors = toFormErrors(failed, t);
    expect(errors.message).toBe('Some of the information is not valid.');
    expect(fieldMessage(errors, 'email')).toBe('Enter an email address.');
    expect(fieldMessage(errors, 'password')).toBeUndefined();
  });
});
