import { ValidateBy } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '../../passwords/password-policy.js';

/**
 * The password policy at the edge, counted the way the policy counts (characters, not UTF-16
 * units as class-validator's Length does), so the DTO and the service never disagree.
 */
export function IsAcceptablePassword(): PropertyDecorator {
  return ValidateBy({
    name: 'isAcceptablePassword',
    validator: {
      validate: (value) => {
        if (typeof value !== 'string') return false;
        const length = passwordLength(value);
        return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
      },
      defaultMessage: () =>
        `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
    },
  });
}
