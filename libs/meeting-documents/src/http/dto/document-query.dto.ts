import { Type } from 'class-transformer';
import { OneOf, WholeNumber } from '#libs/shared-kernel';

/** Query string of a document: which revision, and whether a member wants the public version. */
export class DocumentQueryDto {
  @Type(() => Number)
  @WholeNumber(0, 100000, {
    optional: true,
    description: 'An earlier revision (kallelse: version); default the latest',
  })
  revision?: number;

  @OneOf(['members', 'public'] as const, {
    optional: true,
    description: 'public: the version without confidential items, as a non-member sees it',
  })
  audience?: 'members' | 'public';
}
