import { resolveDatabase } from './resolve-database.js';

describe('resolveDatabase', () => {
  it('uses DATABASE_URL as given and never stops that server', async () => {
    const database = await resolveDatabase(
      {
        databaseUrl: 'postgres://app@db.internal:5432/samverkan',
        dataDir: '/nonexistent',
        embeddedPgPort: 1,
      },
      () => undefined,
    );

    expect(database).toMatchObject({ url: 'postgres://app@db.internal:5432/samverkan', owned: false });
    await expect(database.stop()).resolves.toBeUndefined();
  });
});
