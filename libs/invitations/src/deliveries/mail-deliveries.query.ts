import type { Principal } from '#libs/identity';

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'unaddressed';

/** One message about a meeting, as its sender sees it. */
export interface MailDelivery {
  kind: string;
  recipientName: string | null;
  /** The address; null for a person the service has none for. */
  recipient: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** Why the last try failed (SMTP's words), or why it was never sent. */
  lastError: string | null;
  recordedAt: string;
  sentAt: string | null;
}

/** The e-mail the service recorded about a meeting (invitations, updates, cancellations). */
export class MeetingMailDeliveriesQuery {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
    /**
     * The meeting's group, when the caller has just read the meeting (a page showing it): the
     * meeting's stream is then not read a second time. A meeting never changes its group.
     */
    readonly groupId?: string,
  ) {}
}
