import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '#libs/testing';

export interface ReceivedMail {
  /** The envelope's recipients, as the SMTP server was told (RCPT TO). */
  envelopeTo: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free port, with every message it takes read
 * back by `mailparser`. An address starting with "finns-inte" is refused for good (550), as a
 * mail server refuses an address it does not have. It can be stopped and started again on the
 * same port, as a mail server that is away for a while.
 */
export async function startSmtpTestServer() {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        // The sender's pool keeps connections open: a stop closes them after this, as a server going away.
        closeTimeout: 100,
        onRcptTo(address, _session, callback) {
          if (address.address.startsWith('finns-inte')) {
            const refused = Object.assign(new Error('5.1.1 Adressen finns inte'), { responseCode: 550 });
            return callback(refused);
          }
          callback();
        },
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), mail });
              callback();
            })
            .catch(callback);
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await start();
  return { port, received, start, stop };
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
