import { Type } from 'class-transformer';
import { PageCursor, WholeNumber } from '#libs/shared-kernel';

/** Groups per page of GET /api/groups when the client does not say. */
export const GROUP_PAGE = 100;

/** Query string of GET /api/groups: a page, as GET /api/follow-ups gives them. */
export class ListGroupsQueryDto {
  @Type(() => Number)
  @WholeNumber(1, 5000, { optional: true, description: `Groups per page (default ${GROUP_PAGE})` })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
