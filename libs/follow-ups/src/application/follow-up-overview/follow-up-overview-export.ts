import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import type { Principal } from '#libs/identity';
import {
  followUpOverviewError,
  neutralisedCell,
  type OverviewFilter,
  type OverviewKey,
  type OverviewSort,
} from '../../domain/index.js';
import {
  countOverviewFor,
  type OverviewRow,
  type OverviewScope,
  readOverviewPage,
} from '../../projections/follow-up-overview/index.js';
import { CONFIDENTIAL_TEXT, organisationLabel, paragraphLabel, rowStateLabel } from './overview-labels.js';
import { OverviewReaders } from './overview-readers.js';

/** Rows per round trip: a batch is what sits in memory, whatever the export's size. */
export const EXPORT_BATCH_ROWS = 2000;

const COLUMNS: { header: string; cell: (row: OverviewRow) => string | number }[] = [
  { header: 'Förvaltning', cell: (row) => row.forvaltning?.name ?? '' },
  { header: 'Grupp', cell: (row) => row.group.name },
  { header: 'Nivå', cell: (row) => row.group.levels.join('/') },
  { header: 'Åtgärd', cell: (row) => (row.omitted ? CONFIDENTIAL_TEXT : row.action) },
  { header: 'Ansvarig', cell: (row) => row.responsible.name },
  { header: 'Organisation', cell: (row) => organisationLabel(row.responsible.organisation) },
  { header: 'Mötesdatum', cell: (row) => row.origin.meetingDate },
  { header: 'Paragraf', cell: (row) => paragraphLabel(row.origin.paragraph) },
  { header: 'Senast', cell: (row) => row.dueDate },
  { header: 'Läge', cell: (row) => rowStateLabel(row) },
  { header: 'Dagar försenad', cell: (row) => row.daysOverdue ?? '' },
  { header: 'Klar datum', cell: (row) => row.completedOn ?? '' },
  {
    header: 'Klar i tid',
    cell: (row) => (row.completedOnTime === null ? '' : row.completedOnTime ? 'Ja' : 'Nej'),
  },
  { header: 'Händelser', cell: (row) => row.historyCount },
  { header: 'Sekretess', cell: (row) => (row.confidential ? 'Ja' : 'Nej') },
  { header: 'Uppföljnings-id', cell: (row) => row.followUpId },
];

export interface OverviewExportFile {
  filename: string;
  rows: number;
  /** The CSV bytes: UTF-8 with a BOM, semicolons, CRLF (what Swedish Excel opens as it is). */
  body: Readable;
}

/**
 * The overview as CSV, for Excel: every row the filter matches, read in keyset batches inside one
 * read-only REPEATABLE READ transaction (one consistent moment, no matter how long the download
 * takes; a read-only transaction takes no transaction id, so it holds no projection back) and
 * written through csv-stringify as the client reads it, so 200,000 rows never sit in memory.
 * Text cells that a spreadsheet would run as a formula are neutralised. More rows than the
 * limit (FOLLOW_UP_EXPORT_MAX_ROWS) is refused before anything is written.
 */
@Injectable()
export class FollowUpOverviewExport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: OverviewReaders,
    private readonly config: AppConfig,
  ) {}

  async open(
    principal: Principal,
    filter: OverviewFilter,
    sort: OverviewSort = 'due',
  ): Promise<OverviewExportFile> {
    await this.readers.requireKnownValues(principal.tenantId, filter);
    const [scope, today] = [await this.readers.scopeOf(principal), this.readers.today()];
    const rows = await countOverviewFor(this.dataSource.manager, principal.tenantId, filter, scope, today);
    const limit = this.config.followUpExportMaxRows;
    if (rows > limit) throw followUpOverviewError.exportTooLarge(rows, limit);
    const records = Readable.from(this.records(principal.tenantId, filter, scope, today, sort));
    const csv = stringify({
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      header: true,
      columns: COLUMNS.map((column) => column.header),
    });
    // Readable.from ends the generator (and so the transaction) when the download is cut off.
    records.on('error', (error) => csv.destroy(error));
    csv.on('close', () => records.destroy());
    return { filename: `uppfoljningar-${today}.csv`, rows, body: records.pipe(csv) };
  }

  private async *records(
    tenantId: string,
    filter: OverviewFilter,
    scope: OverviewScope,
    today: string,
    sort: OverviewSort,
  ): AsyncGenerator<(string | number)[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let inTransaction = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      inTransaction = true;
      let after: OverviewKey | undefined;
      for (;;) {
        const page = await readOverviewPage(runner.manager, tenantId, filter, scope, today, {
          sort,
          after,
          limit: EXPORT_BATCH_ROWS,
        });
        for (const row of page.rows) yield COLUMNS.map(({ cell }) => csvValue(cell(row)));
        if (page.next === null) break;
        after = page.next;
      }
      await runner.query('COMMIT');
      inTransaction = false;
    } finally {
      if (inTransaction) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}

const csvValue = (value: string | number): string | number =>
  typeof value === 'string' ? neutralisedCell(value) : value;
