/** Idempotency-Keys: visible ASCII, unique per request within the tenant. */
export const key = (step: string) => `demo-002:${step}`;
