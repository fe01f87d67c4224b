import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR } from '@web/api/client';

export interface FieldError {
  path: string;
  message: string;
}

/** What a form shows after a failed submission: one message for the summary, and one per field. */
export interface FormErrors {
  message: string;
  fields: FieldError[];
}

/** A sentence for the person, in their language where the server's own words would not help. */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === NETWORK_ERROR) return t('errors.network');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server');
  return error.message || t('errors.generic');
}

export function toFormErrors(error: unknown, t: TFunction): FormErrors {
  const fields = error instanceof ApiError ? [...error.details] : [];
  return { message: describeError(error, t), fields };
}

export function fieldMessage(errors: FormErrors | null, path: string): string | undefined {
  return errors?.fields.find((field) => field.path === path)?.message;
}
