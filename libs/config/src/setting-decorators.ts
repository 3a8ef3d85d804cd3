import { Expose, Transform } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateBy } from 'class-validator';

/**
 * Decorators that turn one environment variable into one typed AppConfig field.
 *
 * Each one carries its own "must be ..." text so the error for a bad setting reads like a
 * sentence (`PORT must be an integer from 1 to 65535 (got "abc")`). Parsers hand back the raw
 * string when it does not parse, so the validator, not the parser, reports it.
 */

/** field name → environment variable name, to name the variable (not the field) in errors. */
export const ENV_NAME_OF_FIELD = new Map<string, string>();

/** Fields whose value an error message must not repeat (passwords). */
export const SECRET_FIELDS = new Set<string>();

/** Marks a setting as a secret: a complaint about it never quotes the value. */
export function Secret(): PropertyDecorator {
  return (_target, field) => void SECRET_FIELDS.add(String(field));
}

/** Reads the field from the environment variable `envName`. */
export function FromEnv(envName: string): PropertyDecorator {
  return (target, field) => {
    ENV_NAME_OF_FIELD.set(String(field), envName);
    Expose({ name: envName })(target, field);
  };
}

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, field) => decorators.forEach((decorate) => decorate(target, field));
}

export function IntegerFrom(min: number, max: number): PropertyDecorator {
  const message = `must be an integer from ${min} to ${max}`;
  return compose(
    Transform(({ value }) =>
      typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value,
    ),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/** Only the words true and false: a typo like "flase" must not silently mean false. */
export function BooleanWord(): PropertyDecorator {
  return compose(
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    ValidateBy({
      name: 'isBooleanWord',
      validator: {
        validate: (value) => typeof value === 'boolean',
        defaultMessage: () => 'must be true or false',
      },
    }),
  );
}

export function OneOf(values: readonly string[]): PropertyDecorator {
  return IsIn(values, { message: `must be one of ${values.join(', ')}` });
}

export function PostgresUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'isPostgresUrl',
    validator: {
      validate: (value) => typeof value === 'string' && isPostgresUrl(value),
      defaultMessage: () => 'must be a postgres:// or postgresql:// URL',
    },
  });
}

function isPostgresUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'postgres:' || protocol === 'postgresql:';
  } catch {
    return false;
  }
}
