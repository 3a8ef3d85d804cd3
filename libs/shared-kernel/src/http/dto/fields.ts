import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isValidIsoDate, isValidUtcInstant, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../domain/index.js';
import { toUtcInstant } from '../validation/instants.js';

/**
 * Field decorators that validate and document in one line, so the OpenAPI document and the
 * validation cannot drift apart. Limits are the domain's (titles 300, names 200, texts 50,000);
 * the edge refuses with 400 what the deciders would refuse with 409, and says which field.
 */
interface FieldOptions {
  description?: string;
  example?: unknown;
  optional?: boolean;
  /** Documented as optional, but validated when present or required by a ValidateIf on the field. */
  conditional?: boolean;
}

const documented = (options: FieldOptions, schema: ApiPropertyOptions) =>
  ApiProperty({
    description: options.description,
    example: options.example,
    required: !(options.optional || options.conditional),
    ...schema,
  } as ApiPropertyOptions);

/**
 * Optional means "may be left out", not "may be null": IsOptional would skip every check for
 * null too, and `"presenter": null` would reach the mappers, which take an absent field for
 * undefined (a TypeError, 500). So only undefined skips the checks; null is validated and refused.
 */
const optionally = (options: FieldOptions) =>
  options.optional ? [ValidateIf((_object: object, value: unknown) => value !== undefined)] : [];

/** Text: not blank, at most `max` characters. HTML in it is kept as text: nothing here renders it. */
export function Text(max: number = MAX_TEXT_LENGTH, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsString(),
    Matches(/\S/, { message: '$property must not be blank' }),
    MaxLength(max),
    WithoutNul(),
    documented(options, { type: String, minLength: 1, maxLength: max }),
  );
}

export const Name = (options: FieldOptions = {}) => Text(MAX_NAME_LENGTH, options);

/** An id chosen by the client (item ids, person ids): short, no blanks. */
export function Id(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsString(),
    Matches(/^\S{1,200}$/u, { message: '$property must be 1 to 200 characters without spaces' }),
    WithoutNul(),
    documented(options, { type: String, maxLength: 200 }),
  );
}

/** A calendar date, YYYY-MM-DD, that exists (2019-02-30 is refused). */
export function CalendarDate(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    Checked(isValidIsoDate, '$property must be a date that exists (YYYY-MM-DD)'),
    documented(options, { type: String, format: 'date' }),
  );
}

/** A date and time with an offset (or Z), stored as the UTC instant. */
export function Instant(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    Transform(({ value }) => (typeof value === 'string' ? (toUtcInstant(value) ?? value) : value)),
    Checked(
      isValidUtcInstant,
      '$property must be an existing date and time with an offset, e.g. 2019-02-25T08:30:00+01:00',
    ),
    documented(
      { example: '2019-02-25T08:30:00+01:00', ...options },
      {
        type: String,
        format: 'date-time',
        description: `${options.description ?? ''} (converted to UTC)`.trim(),
      },
    ),
  );
}

/**
 * An instant after another field of the same body (`endsAt` after `startsAt`), compared once both
 * are UTC. Only when both are existing instants: otherwise each field's own check says what is wrong.
 */
export function After(earlier: string) {
  return ValidateBy({
    name: 'after',
    validator: {
      validate: (value: unknown, args) => {
        const start = (args?.object as Record<string, unknown> | undefined)?.[earlier];
        if (!isValidUtcInstant(value) || !isValidUtcInstant(start)) return true;
        return Date.parse(value) > Date.parse(start);
      },
      defaultMessage: () => `$property must be after ${earlier}`,
    },
  });
}

export function OneOf<T extends string>(values: readonly T[], options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsIn([...values], { message: `$property must be one of: ${values.join(', ')}` }),
    documented(options, { enum: [...values] }),
  );
}

/** A list of distinct values from a fixed set, at least one. */
export function OneOfList<T extends string>(values: readonly T[], options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsArray(),
    ArrayNotEmpty(),
    ArrayUnique(),
    IsIn([...values], {
      each: true,
      message: `each value in $property must be one of: ${values.join(', ')}`,
    }),
    documented(options, {
      enum: [...values],
      isArray: true,
      uniqueItems: true,
      minItems: 1,
    } as ApiPropertyOptions),
  );
}

export function WholeNumber(min: number, max: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsInt(),
    Min(min),
    Max(max),
    documented(options, { type: 'integer', minimum: min, maximum: max }),
  );
}

/**
 * The `cursor` of a keyset page (keysetCursor in libs/http): opaque base64url text the service
 * gave out, so only its alphabet and a length are checked here; what it holds, the list's decode.
 */
export function PageCursor(options: { description?: string; message?: string } = {}) {
  const {
    description = 'From the `rel="next"` link of the previous page (its Link header); leave out for the first',
    message = 'cursor must be the one a Link header of a previous page gave',
  } = options;
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsString(),
    MaxLength(2000),
    Matches(/^[A-Za-z0-9_-]+$/, { message }),
    documented({ description, optional: true }, { type: String, maxLength: 2000 }),
  );
}

export function Flag(options: FieldOptions = {}) {
  return applyDecorators(...optionally(options), IsBoolean(), documented(options, { type: Boolean }));
}

/**
 * A nested object (validated as its class, unknown properties refused there too). ValidateNested
 * alone lets a missing object through, so it is also checked to be an object.
 */
export function Nested(type: () => new () => object, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsObject({ message: '$property must be an object' }),
    ValidateNested(),
    Type(type),
    // @nestjs/swagger takes a function as a lazy type only when its name is `type`; the thunk
    // passed in here has none, and would become `$ref: "#/components/schemas/"`.
    documented(options, { type: () => type() }),
  );
}

/** A list of nested objects, at most `maxItems`. */
export function NestedList(type: () => new () => object, maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(type),
    documented(options, { type: () => [type()], maxItems } as ApiPropertyOptions),
  );
}

/** A list of texts (e.g. organisation names), each not blank and at most `max` characters. */
export function TextList(max: number, maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionally(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(max, { each: true }),
    Matches(/\S/, { each: true, message: 'each value in $property must not be blank' }),
    WithoutNul({ each: true }),
    documented(options, { type: [String], maxItems }),
  );
}

/** A validator from a domain predicate, with our message. */
function Checked(predicate: (value: unknown) => boolean, message: string, options: ValidationOptions = {}) {
  return ValidateBy(
    { name: 'domainCheck', validator: { validate: predicate, defaultMessage: () => message } },
    options,
  );
}

/** PostgreSQL cannot store U+0000 in jsonb: refused here as 400 rather than failing at append as 500. */
function WithoutNul(options: ValidationOptions = {}) {
  return Checked(
    (value) => typeof value !== 'string' || !value.includes('\u0000'),
    '$property must not contain the NUL character (U+0000)',
    options,
  );
}
