import { DEMO_APT } from './demo-apt.js';
import type { DemoMeeting, DemoSummary, ReturningItem } from './demo-loader.js';

/** What `npm run demo` prints: the organisation, its meetings, the logins and how to look. */
export function formatDemoSummary(summary: DemoSummary, serviceUrl: string): string {
  const { previous, seed, next, aptNext } = summary.meetings;
  const meetingLine = (meeting: DemoMeeting, what: string) =>
    `  ${meeting.protocolNumber || '(nr vid avslut)'}  ${meeting.date}  ${meeting.meetingId}  ${what}`;
  const width = Math.max(...summary.logins.map((login) => login.email.length));
  const viewer =
    summary.logins.find((login) => login.role.startsWith('vice ordförande')) ?? summary.logins[0];
  return [
    summary.alreadyLoaded ? 'Demo already loaded: nothing was changed.' : 'Demo loaded.',
    '',
    `Organisation (tenant) "${summary.tenant}": ${summary.organisation}`,
    `Group: ${summary.group.name}  ${summary.group.groupId}`,
    'Meetings:',
    meetingLine(
      previous,
      `${previous.status} only: the föregående möte (the group's 2019 series starts at 2, for seed 002)`,
    ),
    meetingLine(seed, `${seed.status}, ${seed.protocolStatus}: seed 002, "Bilaga till protokoll 2/2019"`),
    meetingLine(next, `${next.status}, ${next.protocolStatus}: it took up what came back:`),
    ...next.returning.map((item) => `      - ${returningLine(item)}`),
    `APT below it: ${DEMO_APT.name} (4 March: raised a question to the group)`,
    meetingLine(aptNext, `${aptNext.status}, kallelse sent; it brings back:`),
    ...aptNext.returning.map((item) => `      - ${returningLine(item)}`),
    '',
    `Logins (organisation "${summary.tenant}", the same password for all: ${summary.password}):`,
    ...summary.logins.map((login) => `  ${login.email.padEnd(width)}  ${login.name} (${login.role})`),
    '',
    'To look at it: `npm start` (same DATA_DIR or DATABASE_URL), then sign in, e.g.',
    `  ${serviceUrl}/api/docs: POST /api/auth/login, then GET /api/meetings/${seed.meetingId}`,
    `  curl -c demo.cookies -H 'Content-Type: application/json' -d '${JSON.stringify({
      tenant: summary.tenant,
      email: viewer?.email,
      password: summary.password,
    })}' ${serviceUrl}/api/auth/login`,
    `  curl -b demo.cookies ${serviceUrl}/api/meetings/${seed.meetingId}`,
    `  curl -b demo.cookies ${serviceUrl}/api/meetings/${seed.meetingId}/history`,
    `  curl -b demo.cookies ${serviceUrl}/api/meetings/${next.meetingId}`,
    'Its documents (the worker renders them within moments of `npm start`; open the .html in a browser',
    'signed in, or fetch them with the cookie):',
    ...['minnesanteckningar.html', 'protokoll.html', 'protokoll.pdf', 'protokollsutdrag-12.pdf'].map(
      (file) => `  curl -b demo.cookies -O ${serviceUrl}/api/meetings/${seed.meetingId}/documents/${file}`,
    ),
    ...['kallelse.html', 'kallelse.ics', 'protokoll.html'].map(
      (file) => `  curl -b demo.cookies -O ${serviceUrl}/api/meetings/${next.meetingId}/documents/${file}`,
    ),
    `  the APT's kallelse (sign in as its ordförande): ${serviceUrl}/api/meetings/${aptNext.meetingId}/documents/kallelse.html`,
    'The demo accounts share a published password: do not load the demo into a database with real data.',
  ].join('\n');
}

/** "Title (kind) – deferred från § 11, 2019-02-25: reason", "… – escalated by APT … från § 5, 2019-03-04" or "… – från § 9, 2019-02-25, due 2019-03-18 (presenter)". */
function returningLine(item: ReturningItem): string {
  const from = `från ${item.fromParagraph === undefined ? '' : `§ ${item.fromParagraph}, `}${item.fromDate}`;
  const origin =
    item.origin === 'deferred'
      ? `deferred ${from}: ${item.reason ?? ''}`
      : item.origin === 'escalated'
        ? `escalated by ${item.fromGroupName ?? 'the group below'} ${from}`
        : item.origin === 'answer'
          ? `answer of ${item.fromGroupName ?? 'the group above'} ${from}: ${item.answer ?? ''}`
          : `follow-up ${from}, due ${item.dueDate ?? ''}${item.presenter ? `, presented by ${item.presenter}` : ''}`;
  return `${item.title} (${item.kind}) – ${origin}`;
}
