import { Module } from '@nestjs/common';
import { OutboxSender } from './sender/outbox-sender.service.js';

/** The outbox's sender, run by the worker (invitations and reminders only enqueue). */
@Module({ providers: [OutboxSender], exports: [OutboxSender] })
export class MailModule {}
