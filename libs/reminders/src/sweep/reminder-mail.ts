import { swedishLongDate, tableDate } from '#libs/documents';
import { composeMail } from '#libs/mail';
import type { IsoDate } from '#libs/shared-kernel';
import { daysBetween } from '../domain/calendar-days.js';
import type { Reminder } from '../domain/reminder.js';

/** What a reminder says of its follow-up. */
export interface RemindedFollowUp {
  followUpId: string;
  groupId: string;
  groupName: string;
  action: string;
  responsibleName: string;
  dueDate: IsoDate;
  originMeetingDate: IsoDate;
  confidential: boolean;
}

/** Said instead of the action of a follow-up decided on a confidential item: it never goes by e-mail. */
export const CONFIDENTIAL_FOLLOW_UP = 'en uppföljning från ett sekretessmarkerat ärende';

export interface ReminderMail {
  subject: string;
  text: string;
  html: string;
}

const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagar'}`;

/**
 * A reminder in Swedish, to the responsible person (`to.asChair` false, the chair perhaps in copy)
 * or, when the responsible person has no address, to the group's chair. The action is left out
 * of a confidential follow-up's message, subject and all: only the link leads to it.
 */
export function reminderMail(
  reminder: Reminder,
  followUp: RemindedFollowUp,
  to: { name: string; asChair: boolean; chairInCopy: boolean },
  today: IsoDate,
  href: string,
): ReminderMail {
  const due = swedishLongDate(followUp.dueDate);
  const whose = to.asChair ? `som ${followUp.responsibleName} är ansvarig för` : 'som du är ansvarig för';
  const late = daysBetween(followUp.dueDate, today);
  const [subject, state] = ((): [string, string] => {
    switch (reminder.kind) {
      case 'before':
        return [
          `Påminnelse: uppföljning ska vara klar ${due}`,
          `Uppföljningen ${whose} ska vara klar ${due}, om ${days(-late)}.`,
        ];
      case 'due':
        return [
          'Påminnelse: uppföljning ska vara klar i dag',
          `Uppföljningen ${whose} ska vara klar i dag, ${due}.`,
        ];
      case 'overdue':
        return [
          `Försenad uppföljning: skulle ha varit klar ${due}`,
          `Uppföljningen ${whose} skulle ha varit klar ${due} och är ännu inte markerad som klar.`,
        ];
      case 'weekly':
        return [
          `Fortfarande försenad uppföljning: ${days(late)} efter datumet`,
          `Uppföljningen ${whose} är nu ${days(late)} försenad: den skulle ha varit klar ${due}.`,
        ];
    }
  })();
  const what = followUp.confidential
    ? `Det gäller ${CONFIDENTIAL_FOLLOW_UP}. Vad som ska göras står inte i e-postmeddelandet: öppna länken och logga in för att se det.`
    : `Åtgärd: ${followUp.action}`;
  const next =
    reminder.kind === 'before'
      ? 'När den är klar markerar du den som klar. Behöver den mer tid kan datumet flyttas, med en anledning.'
      : 'Rapportera vad som har gjorts, markera uppföljningen som klar eller flytta datumet med en anledning.';
  const footer = to.asChair
    ? `Du får detta som ordförande i ${followUp.groupName}: den ansvariga har ingen aktiv e-postadress här.`
    : to.chairInCopy
      ? `Du får detta som ansvarig för en uppföljning i ${followUp.groupName}. Gruppens ordförande får en kopia eftersom den är försenad.`
      : `Du får detta som ansvarig för en uppföljning i ${followUp.groupName}.`;
  const { text, html } = composeMail({
    greeting: `Hej ${to.name},`,
    paragraphs: [state, what, next],
    facts: [
      { label: 'Grupp', value: followUp.groupName },
      { label: 'Ansvarig', value: followUp.responsibleName },
      { label: 'Klar senast', value: tableDate(followUp.dueDate) },
      { label: 'Beslutad vid mötet', value: tableDate(followUp.originMeetingDate) },
    ],
    link: { href, label: 'Öppna gruppens uppföljningar' },
    footer,
  });
  return { subject, text, html };
}

/** One line of the HR digest. */
export interface DigestEntry {
  groupName: string;
  action: string;
  confidential: boolean;
  responsibleName: string;
  dueDate: IsoDate;
}

/** HR's daily digest: the follow-ups that became overdue, confidential ones without their action. */
export function hrDigestMail(
  entries: readonly DigestEntry[],
  name: string,
  date: IsoDate,
  href: string,
): ReminderMail {
  const one = entries.length === 1;
  const summary = one
    ? 'En uppföljning blev försenad och är ännu inte klar'
    : `${entries.length} uppföljningar blev försenade och är ännu inte klara`;
  const lines = entries.map(
    (entry) =>
      `${entry.groupName}: ${entry.confidential ? CONFIDENTIAL_FOLLOW_UP : entry.action} (ansvarig ${entry.responsibleName}, skulle vara klar ${tableDate(entry.dueDate)})`,
  );
  const { text, html } = composeMail({
    greeting: `Hej ${name},`,
    paragraphs: [`${summary} (${swedishLongDate(date)}):`, ...lines],
    link: { href, label: 'Alla försenade uppföljningar' },
    footer:
      'Du får detta som HR i organisationen: en sammanställning den dag någon uppföljning blir försenad. Den ansvariga och gruppens ordförande har fått en påminnelse.',
  });
  return {
    subject: `Försenade uppföljningar ${tableDate(date)}: ${entries.length} ${one ? 'ny' : 'nya'}`,
    text,
    html,
  };
}
