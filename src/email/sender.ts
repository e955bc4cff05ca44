import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailConfig } from '../config.js';
import type { Logger } from '../observability/logger.js';

export interface OutgoingEmail {
  /** The message's id in the outbox, sent as its Message-ID so retries can be recognised. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Delivers one message, or throws; the delivery job retries a failure later. */
export interface EmailSender {
  readonly kind: EmailConfig['sender'];
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * Development: the message is written to the log (level info, `email` field), never sent.
 * Production refuses this sender (src/config.ts): the log would hold reset links.
 */
export class DevelopmentEmailSender implements EmailSender {
  readonly kind = 'development' as const;

  constructor(private readonly logger: Logger) {}

  async send(email: OutgoingEmail): Promise<void> {
    this.logger.info({ email: { id: email.id, from: email.from, to: email.to, subject: email.subject, text: email.text } }, 'email (development sender: not sent)');
  }

  close(): void {}
}

/**
 * SMTP through nodemailer: one connection per message (resets are rare, and no idle
 * connection outlives a stopping instance).
 */
export class SmtpEmailSender implements EmailSender {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(smtp: NonNullable<EmailConfig['smtp']>) {
    this.transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    });
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: email.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: `<${email.id}@croupier>`,
    });
  }

  close(): void {
    this.transport.close();
  }
}

export function createEmailSender(config: EmailConfig, logger: Logger): EmailSender {
  if (config.sender === 'smtp') {
    if (!config.smtp) throw new Error('EMAIL_SENDER is smtp but SMTP_HOST is not set');
    return new SmtpEmailSender(config.smtp);
  }
  return new DevelopmentEmailSender(logger);
}
