/** DI token for the raw `pg.Pool` the event store appends through (TypeORM adds ~40 % per write). */
export const EVENT_STORE_POOL = Symbol('EVENT_STORE_POOL');
/** DI token for the connection string, needed by the lease connection of the projection worker. */
export const DATABASE_URL = Symbol('DATABASE_URL');
