import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

export class FieldErrorDto {
  @ApiProperty({ example: 'items[0].title' })
  field!: string;

  @ApiProperty({
    type: [String],
    example: ['items[0].title must be shorter than or equal to 300 characters'],
  })
  messages!: string[];
}

/** The body of every error response (RFC 9457); extension members vary by code. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:samverkan:problem:MEETING.CLOSED' })
  type!: string;

  @ApiProperty({ example: 'Conflict' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 409 })
  status!: number;

  @ApiProperty({ description: 'Stable code to branch on', example: 'MEETING.CLOSED' })
  code!: string;

  @ApiProperty({ example: 'The meeting is closed: only revision and justering of its protocol remain' })
  detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'With REQUEST.INVALID: one entry per field' })
  errors?: FieldErrorDto[];
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429;
export type ProblemCodes = Partial<Record<ProblemStatus, readonly string[]>>;

/** The problem+json content of an error response whose codes are not listed: any ProblemDto. */
export const anyProblemContent = () => ({
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } },
});

/**
 * Documents the error responses of an endpoint with the codes each status can carry, as an enum
 * on `code`, so a client generator (or a person) sees every stable code the endpoint can answer.
 */
export function ApiProblems(problems: ProblemCodes): MethodDecorator & ClassDecorator {
  const responses = Object.entries(problems).map(([status, codes]) =>
    ApiResponse({
      status: Number(status),
      description: `${STATUS_CODES[Number(status)]}: ${(codes ?? []).join(', ')}`,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: {
            allOf: [
              { $ref: getSchemaPath(ProblemDto) },
              { properties: { status: { enum: [Number(status)] }, code: { enum: [...(codes ?? [])] } } },
            ],
          },
        },
      },
    }),
  );
  return applyDecorators(ApiExtraModels(ProblemDto, FieldErrorDto), ...responses);
}
