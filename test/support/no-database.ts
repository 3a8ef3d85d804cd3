// Global setup/teardown for `npm run test:unit` (JEST_SUITE=unit): unit specs need no database.
export default async function noDatabase(): Promise<void> {}
