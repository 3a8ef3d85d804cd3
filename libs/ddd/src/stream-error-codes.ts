/**
 * The codes every stream type answers, whatever its aggregate: `<PREFIX>.NOT_FOUND` (no such
 * stream in the tenant), `.VERSION_MISMATCH` (If-Match is stale) and `.CONCURRENT_UPDATE` (the
 * stream kept changing while a command was decided). The store's command loop raises them and the
 * contexts list them in their catalogues, both through this one function.
 */
export function streamErrorCodes<P extends string>(prefix: P) {
  return {
    NOT_FOUND: `${prefix}.NOT_FOUND`,
    VERSION_MISMATCH: `${prefix}.VERSION_MISMATCH`,
    CONCURRENT_UPDATE: `${prefix}.CONCURRENT_UPDATE`,
  } as const;
}

/** 'follow-up' → 'FOLLOW_UP': the code prefix of a stream type. */
export const streamCodePrefix = (streamType: string): string => streamType.toUpperCase().replace(/-/g, '_');
