import {
  CONFIDENTIAL_FOLLOW_UP,
  hrDigestMail,
  type RemindedFollowUp,
  reminderMail,
} from './reminder-mail.js';

const followUp: RemindedFollowUp = {
  followUpId: 'f-1',
  groupId: 'g-1',
  groupName: 'FSG/VSG Socialförvaltningen',
  action: 'Utvärdera avslutningsenkäterna <script>alert(1)</script>',
  responsibleName: 'Sofia Hägg',
  dueDate: '2019-03-25',
  originMeetingDate: '2019-02-25',
  confidential: false,
};
const responsible = { name: 'Sofia Hägg', asChair: false, chairInCopy: false };
const href = 'https://samverkan.example.se/uppfoljningar?groupId=g-1';

describe('reminder e-mails', () => {
  it('before: says the date and how many days are left, with the action and a link', () => {
    const mail = reminderMail(
      { kind: 'before', dueDate: '2019-03-25', seq: 0 },
      followUp,
      responsible,
      '2019-03-18',
      href,
    );
    expect(mail.subject).toBe('Påminnelse: uppföljning ska vara klar den 25 mars 2019');
    expect(mail.text).toContain('Hej Sofia Hägg,');
    expect(mail.text).toContain('ska vara klar den 25 mars 2019, om 7 dagar.');
    expect(mail.text).toContain('Åtgärd: Utvärdera avslutningsenkäterna');
    expect(mail.text).toContain(href);
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
  });

  it('weekly: counts the days overdue and tells why the chair is in copy', () => {
    const mail = reminderMail(
      { kind: 'weekly', dueDate: '2019-03-25', seq: 1 },
      followUp,
      { ...responsible, chairInCopy: true },
      '2019-04-02',
      href,
    );
    expect(mail.subject).toBe('Fortfarande försenad uppföljning: 8 dagar efter datumet');
    expect(mail.text).toContain('är nu 8 dagar försenad');
    expect(mail.text).toContain('Gruppens ordförande får en kopia');
  });

  it('to the chair when the responsible person cannot be reached: names the responsible person', () => {
    const mail = reminderMail(
      { kind: 'overdue', dueDate: '2019-03-25', seq: 0 },
      followUp,
      { name: 'Agneta Östberg', asChair: true, chairInCopy: false },
      '2019-03-26',
      href,
    );
    expect(mail.text).toContain(
      'Uppföljningen som Sofia Hägg är ansvarig för skulle ha varit klar den 25 mars 2019',
    );
    expect(mail.text).toContain('som ordförande i FSG/VSG Socialförvaltningen');
  });

  it('a confidential follow-up: never its action, in the subject or the body', () => {
    const secret = { ...followUp, action: 'Omplacering av NN efter rehabsamtal', confidential: true };
    for (const kind of ['before', 'due', 'overdue', 'weekly'] as const) {
      const mail = reminderMail(
        { kind, dueDate: '2019-03-25', seq: kind === 'weekly' ? 1 : 0 },
        secret,
        responsible,
        '2019-03-26',
        href,
      );
      for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toContain('Omplacering');
      expect(mail.text).toContain(CONFIDENTIAL_FOLLOW_UP);
      expect(mail.text).toContain(href);
    }
  });

  it('the HR digest lists each follow-up, a confidential one without its action', () => {
    const mail = hrDigestMail(
      [
        {
          groupName: 'FSG/VSG',
          action: 'Redovisa tillbud',
          confidential: false,
          responsibleName: 'Mårten Åberg',
          dueDate: '2019-03-25',
        },
        {
          groupName: 'APT Hemtjänst',
          action: 'Rehabärende NN',
          confidential: true,
          responsibleName: 'Sofia Hägg',
          dueDate: '2019-03-25',
        },
      ],
      'Hanna Öhman',
      '2019-03-26',
      'https://samverkan.example.se/uppfoljningar?overdue=ja',
    );
    expect(mail.subject).toBe('Försenade uppföljningar 2019-03-26: 2 nya');
    expect(mail.text).toContain('2 uppföljningar blev försenade och är ännu inte klara (den 26 mars 2019):');
    expect(mail.text).toContain(
      'FSG/VSG: Redovisa tillbud (ansvarig Mårten Åberg, skulle vara klar 2019-03-25)',
    );
    expect(mail.text).toContain(`APT Hemtjänst: ${CONFIDENTIAL_FOLLOW_UP} (ansvarig Sofia Hägg`);
    expect(mail.text).not.toContain('Rehabärende');
    expect(mail.html).not.toContain('Rehabärende');
  });
});
