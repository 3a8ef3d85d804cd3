// Global setup/teardown for `npm run test:unit`: pure domain specs need no database.
export default async function noDatabase(): Promise<void> {}
