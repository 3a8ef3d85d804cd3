import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
  it('documents the routes, DTOs, both ways to authenticate and the error responses', () => {
    const config = new DocumentBuilder().addCookieAuth('svk_session').addBearerAuth().build();
    const document = SwaggerModule.createDocument(app, config);

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
    ]);
    expect(document.components?.securitySchemes?.cookie).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'svk_session',
    });
    const login = document.paths['/api/auth/login'].post!;
    expect(login.tags).toEqual(['auth']);
    expect(Object.keys(login.responses).sort()).toEqual(['200', '401']);
    const listAccounts = document.paths['/api/accounts'].get!;
    expect(listAccounts.security).toEqual(expect.arrayContaining([{ cookie: [] }, { bearer: [] }]));
    expect(Object.keys(listAccounts.responses).sort()).toEqual(['200', '401', '403']);
    expect(document.components?.schemas?.CreateAccountDto).toMatchObject({
      required: expect.arrayContaining(['email', 'displayName', 'password']),
      properties: { password: { minLength: 12, maxLength: 1024 }, roles: { type: 'array' } },
    });
  });
});
