import { setTimeout as sleep } from 'node:timers/promises';
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '#libs/config';
import { deliveryOutcome } from './delivery-outcome.js';
import { mailOptionsOf, type OutboxRow } from './outbox-row.js';
import { smtpTransport } from './smtp-transport.js';

type Attempt = 'sent' | 'failed' | 'retry' | 'none';

/**
 * The worker's sender: takes the outbox's due messages one at a time and hands them to SMTP.
 *
 * A message is claimed with FOR UPDATE SKIP LOCKED in a transaction that lasts while SMTP answers,
 * so two workers never take the same message and a message whose worker died is simply taken
 * again. Once the server took a message, the row says 'sent' in the same transaction; should the
 * worker stop between the two, the message goes once more with the same Message-ID (the one gap
 * SMTP leaves: it has no way to make sending and recording one act).
 *
 * A failure that is the way to the server (down, a 4xx) stops the round: the message is tried
 * again after its backoff and the rest wait with it, rather than hammering a server that is away.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxSender');
  private transport?: Transporter;
  private running?: Promise<void>;
  private readonly stop = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpHost) {
      this.logger.log('e-mail is off (SMTP_HOST is not set): messages wait in the outbox as pending');
      return;
    }
    this.transport = smtpTransport(this.config);
    this.logger.log(`sending e-mail through ${this.config.smtpHost}:${this.config.smtpPort}`);
    this.running = this.loop();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
    this.transport?.close();
  }

  /** Sends what is due now, until nothing is or the server is away; how many of each came of it. */
  async sendDue(): Promise<Record<Exclude<Attempt, 'none'>, number>> {
    const counts = { sent: 0, failed: 0, retry: 0 };
    for (;;) {
      const attempt = await this.sendOne();
      if (attempt === 'none') return counts;
      counts[attempt] += 1;
      if (attempt === 'retry' || this.stop.signal.aborted) return counts;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        await this.sendDue();
      } catch (error) {
        this.logger.error(`the outbox could not be read: ${(error as Error).message}`);
      }
      await sleep(this.config.mailPollMs, undefined, { signal: this.stop.signal }).catch(() => undefined);
    }
  }

  private sendOne(): Promise<Attempt> {
    const transport = this.transport;
    if (!transport) throw new Error('e-mail is off: SMTP_HOST is not set');
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT tenant_id, message_id, recipient, recipient_name, cc, subject, text_body, html_body,
                attachments, attempts
         FROM mail_outbox
         WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, created_at
         LIMIT 1
         FOR UPDATE SKIP LOCKED`,
      )) as OutboxRow[];
      if (!row) return 'none';
      try {
        await transport.sendMail(mailOptionsOf(row, this.config.mailFrom));
      } catch (error) {
        return this.recordFailure(manager, row, error as Error);
      }
      await manager.query(
        `UPDATE mail_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL
         WHERE tenant_id = $1 AND message_id = $2`,
        [row.tenant_id, row.message_id],
      );
      return 'sent';
    });
  }

  private async recordFailure(manager: EntityManager, row: OutboxRow, error: Error): Promise<Attempt> {
    const attempts = row.attempts + 1;
    const outcome = deliveryOutcome(error, attempts, this.config.mailRetryMaxMs);
    if (!outcome.retry) {
      this.logger.warn(`message ${row.message_id} refused for good: ${outcome.reason}`);
      await manager.query(
        `UPDATE mail_outbox SET status = 'failed', attempts = $3, last_error = $4
         WHERE tenant_id = $1 AND message_id = $2`,
        [row.tenant_id, row.message_id, attempts, outcome.reason],
      );
      return 'failed';
    }
    this.logger.warn(
      `SMTP did not take a message (try ${attempts}, again in ${outcome.delayMs} ms): ${error.message}`,
    );
    await manager.query(
      `UPDATE mail_outbox
       SET attempts = $3, last_error = $4, next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
       WHERE tenant_id = $1 AND message_id = $2`,
      [row.tenant_id, row.message_id, attempts, error.message.slice(0, 500), outcome.delayMs],
    );
    return 'retry';
  }
}
