import { STATUS_CODES } from 'node:http';
import { applyDecorators, type INestApplication } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  SwaggerModule,
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

  @ApiProperty({ example: 409 })
  status!: number;

  @ApiProperty({ description: 'Stable code to branch on', example: 'MEETING.CLOSED' })
  code!: string;

  @ApiProperty({ example: 'The meeting is closed: only revision and justering of its protocol remain' })
  detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'With REQUEST.INVALID: one entry per field' })
  errors?: FieldErrorDto[];
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 422;
export type ProblemCodes = Partial<Record<ProblemStatus, readonly string[]>>;

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

/** The OpenAPI document of the app, served as UI at /<path> and JSON at /<path>-json. */
export function setupOpenApi(app: INestApplication, path = 'api/docs'): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Samverkan API')
    .setDescription(
      'Samverkan meetings as event streams: organisation, samverkansgrupper, meetings from kallelse to ' +
        'justerat protocol, and follow-ups. Commands accept `Idempotency-Key` and `If-Match`; every ' +
        'meeting, group and follow-up response carries its stream version as `ETag`. Errors are ' +
        '`application/problem+json` with a stable `code`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('session')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto, FieldErrorDto] });
  SwaggerModule.setup(path, app, document, { jsonDocumentUrl: `${path}-json` });
  return document;
}
