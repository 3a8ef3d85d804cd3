import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import { Public } from '#libs/identity';
import { ApiProperty } from '@nestjs/swagger';
import { FollowUpCalendarFeeds } from '../../application/calendar-feed/follow-up-calendar-feeds.js';
import { FOLLOW_UP_OVERVIEW_ERROR } from '../../domain/index.js';

export class CalendarFeedQueryDto {
  @IsString()
  @MaxLength(200)
  @ApiProperty({
    description: 'The feed’s secret token, as its URL was handed out (Min sida → Kalenderflöde)',
  })
  token!: string;
}

/**
 * A person's follow-up due dates as an iCalendar feed for their calendar to subscribe to. Public:
 * a calendar cannot sign in, so the token in the URL is the key (in the query string, which the
 * request log leaves out). Unknown and revoked tokens get the same 404.
 */
@ApiTags('follow-ups')
@Controller('api/follow-ups/calendar')
export class FollowUpCalendarFeedController {
  constructor(private readonly feeds: FollowUpCalendarFeeds) {}

  @Public()
  @Get('feed.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({
    summary: 'A person’s open follow-ups as a calendar feed: one all-day event per due date',
    description:
      'No sign-in: the token is the key. A person makes and revokes their feeds on the page /kalenderflode. ' +
      'A confidential follow-up of a group the person is no member of is shown without its action.',
  })
  @ApiProduces('text/calendar')
  @ApiResponse({
    status: 200,
    description: 'The iCalendar feed',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiProblems({ 400: [REQUEST_ERROR.INVALID], 404: [FOLLOW_UP_OVERVIEW_ERROR.FEED_NOT_FOUND] })
  getFollowUpCalendarFeed(@Query() query: CalendarFeedQueryDto): Promise<string> {
    return this.feeds.render(query.token);
  }
}
