import type { INestApplication } from '@nestjs/common';
import { createOpenApiDocument } from '#libs/http';
import { FakeClock, identityTestDatabase, type IdentityTestDatabase } from './identity-fixture.js';
import { startIdentityApp } from './identity-http-app.js';

let database: IdentityTestDatabase;
let app: INestApplication;

beforeAll(async () => {
  database = await identityTestDatabase();
  app = await startIdentityApp(database.dataSource, new FakeClock());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('the OpenAPI document of the identity routes', () => {
  // The security schemes themselves, and the document as a whole, are test/api/openapi-validity's.
  it('documents the routes, DTOs, who may call them and the error responses', () => {
    const document = createOpenApiDocument(app);

    expect(
      Object.keys(document.paths)
        .filter((path) => path.startsWith('/api/'))
        .sort(),
    ).toEqual([
      '/api/accounts',
      '/api/accounts/{id}',
      '/api/accounts/{id}/disable',
      '/api/accounts/{id}/roles',
      '/api/accounts/{id}/tokens',
      '/api/accounts/{id}/tokens/{tokenId}',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/organisation/identity-provider',
    ]);
    const login = document.paths['/api/auth/login'].post!;
    expect(login.tags).toEqual(['auth']);
    expect(login.security).toEqual([]);
    expect(Object.keys(login.responses).sort()).toEqual(['200', '400', '401', '413', '429']);
    const listAccounts = document.paths['/api/accounts'].get!;
    expect(listAccounts.security).toEqual([{ cookie: [] }, { bearer: [] }]);
    expect(Object.keys(listAccounts.responses).sort()).toEqual(['200', '401', '403']);
    expect(listAccounts.responses['403']).toMatchObject({ content: { 'application/problem+json': {} } });
    // The identity provider's secret is write-only: in the request, never in the answer.
    const provider = document.paths['/api/organisation/identity-provider'];
    expect(Object.keys(provider).sort()).toEqual(['delete', 'get', 'put']);
    expect(document.components?.schemas?.SetIdentityProviderDto).toMatchObject({
      properties: { clientSecret: { format: 'password' } },
    });
    expect(Object.keys(document.components?.schemas?.IdentityProviderDto ?? {})).not.toHaveLength(0);
    expect(
      Object.keys((document.components?.schemas?.IdentityProviderDto as { properties: object }).properties),
    ).not.toContain('clientSecret');
    expect(document.components?.schemas?.CreateAccountDto).toMatchObject({
      required: expect.arrayContaining(['email', 'displayName', 'password']),
      properties: { password: { minLength: 12, maxLength: 1024 }, roles: { type: 'array' } },
    });
  });
});
