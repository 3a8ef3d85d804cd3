import type { Party, PartyDto } from '#libs/shared-kernel';

/**
 * A fact as a DTO class carries it, for `implements DtoOf<Facts>`: the same names and types, except
 * that a party is the one `PartyDto` class for both sides (class-validator cannot describe the
 * union). The mappers turn such a DTO into the fact itself.
 */
export type DtoOf<T> = T extends Party
  ? PartyDto
  : T extends readonly (infer E)[]
    ? DtoOf<E>[]
    : T extends object
      ? { [K in keyof T]: DtoOf<T[K]> }
      : T;
