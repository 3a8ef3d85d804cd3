import { ruleBroken } from '#libs/ddd';

/** Shape-level checks shared by every aggregate of the meetings context. */
export const VALIDATION_ERROR = {
  TEXT_REQUIRED: 'VALIDATION.TEXT_REQUIRED',
  TEXT_TOO_LONG: 'VALIDATION.TEXT_TOO_LONG',
  INVALID_DATE: 'VALIDATION.INVALID_DATE',
  INVALID_INSTANT: 'VALIDATION.INVALID_INSTANT',
  INVALID_VALUE: 'VALIDATION.INVALID_VALUE',
  UNKNOWN_UNION_ORGANISATION: 'VALIDATION.UNKNOWN_UNION_ORGANISATION',
  UNKNOWN_FEDERATION: 'VALIDATION.UNKNOWN_FEDERATION',
} as const;

export const validationError = {
  textRequired: (field: string) =>
    ruleBroken(VALIDATION_ERROR.TEXT_REQUIRED, `${field} must not be empty`, { field }),
  textTooLong: (field: string, maxLength: number, length: number) =>
    ruleBroken(VALIDATION_ERROR.TEXT_TOO_LONG, `${field} is longer than ${maxLength} characters`, {
      field,
      maxLength,
      length,
    }),
  invalidDate: (field: string, value: unknown) =>
    ruleBroken(VALIDATION_ERROR.INVALID_DATE, `${field} is not an existing date (YYYY-MM-DD)`, {
      field,
      value,
    }),
  invalidInstant: (field: string, value: unknown) =>
    ruleBroken(VALIDATION_ERROR.INVALID_INSTANT, `${field} is not a UTC instant (ISO 8601, ending in Z)`, {
      field,
      value,
    }),
  invalidValue: (field: string, value: unknown, allowed: readonly unknown[]) =>
    ruleBroken(VALIDATION_ERROR.INVALID_VALUE, `${field} must be one of: ${allowed.join(', ')}`, {
      field,
      value,
      allowed,
    }),
  unknownUnionOrganisation: (field: string, organisation: string, known: readonly string[]) =>
    ruleBroken(
      VALIDATION_ERROR.UNKNOWN_UNION_ORGANISATION,
      `${organisation} is not one of the organisation's union organisations`,
      { field, organisation, known },
    ),
  unknownFederation: (field: string, federation: unknown, known: readonly string[]) =>
    ruleBroken(
      VALIDATION_ERROR.UNKNOWN_FEDERATION,
      `${String(federation)} is not a federation (centralorganisation): ${known.join(', ')}`,
      { field, federation, known },
    ),
};
