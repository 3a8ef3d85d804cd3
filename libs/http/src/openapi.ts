import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { anyProblemContent, FieldErrorDto, ProblemDto } from './openapi-problems.js';
import { operationIdOf } from './openapi-operation-ids.js';
import { operationsOf } from './openapi-operations.js';
import { addSecuritySchemes, applySecurityRequirements } from './openapi-security.js';

export * from './openapi-operation-ids.js';
export * from './openapi-problems.js';
export * from './openapi-security.js';

/**
 * The OpenAPI document of the app, as validators and client generators accept it: every
 * operation with its security and a readable id, every error response with its problem+json body.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = addSecuritySchemes(
    new DocumentBuilder()
      .setTitle('Samverkan API')
      .setDescription(
        'Samverkan meetings as event streams: organisation, samverkansgrupper, meetings from kallelse to ' +
          'justerat protocol, and follow-ups. Commands accept `Idempotency-Key` and `If-Match`; every ' +
          'meeting, group and follow-up response carries its stream version as `ETag`. Errors are ' +
          '`application/problem+json` with a stable `code`.',
      )
      .setVersion('0.1.0'),
  ).build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto],
    operationIdFactory: operationIdOf,
  });
  applySecurityRequirements(document);
  describeUndescribedProblems(document);
  return document;
}

/** The OpenAPI document of the app, served as UI at /<path> and JSON at /<path>-json. */
export function setupOpenApi(app: INestApplication, path = 'api/docs'): OpenAPIObject {
  const document = createOpenApiDocument(app);
  SwaggerModule.setup(path, app, document, { jsonDocumentUrl: `${path}-json` });
  return document;
}

/**
 * The problem filter answers every 4xx and 5xx as problem+json: an error response documented
 * with a description only gets that body too, so a client parses it as what it is.
 */
function describeUndescribedProblems(document: OpenAPIObject): void {
  for (const operation of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      if (Number(status) >= 400 && response && !('$ref' in response) && response.content === undefined) {
        response.content = anyProblemContent();
      }
    }
  }
}
