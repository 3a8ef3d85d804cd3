import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '#libs/config';

/** The settings' SMTP_TLS as nodemailer's three switches. */
function tlsOptions(mode: AppConfig['smtpTls']) {
  switch (mode) {
    case 'implicit':
      return { secure: true };
    case 'required':
      return { secure: false, requireTLS: true };
    case 'opportunistic':
      return { secure: false };
    case 'off':
      return { secure: false, ignoreTLS: true };
  }
}

/**
 * A pooled SMTP client (a few kept-open connections rather than one per message). The timeouts
 * are short: the sender holds the message's row locked while the server answers.
 */
export function smtpTransport(config: AppConfig): Transporter {
  return createTransport({
    host: config.smtpHost,
    port: config.smtpPort,
    ...tlsOptions(config.smtpTls),
    auth: config.smtpUser ? { user: config.smtpUser, pass: config.smtpPassword ?? '' } : undefined,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
