import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer, { type Transporter } from "nodemailer";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  port: number;
  url: string;
  received: ParsedMail[];
  /** Answer RCPT TO with this code for the next `times` messages (421 temporary, 550 permanent). */
  refuse(code: number, times?: number): void;
  /** Wait this long before accepting each message. */
  delayMs: number;
  transport(): Transporter;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server in this process (no STARTTLS, any sender), collecting parsed messages. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let refusals: { code: number; left: number } | null = null;
  const state = { delayMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals && refusals.left > 0) {
        refusals.left--;
        return callback(Object.assign(new Error(`Refused with ${refusals.code}`), { responseCode: refusals.code }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => setTimeout(() => {
          received.push(mail);
          callback();
        }, state.delayMs),
        callback,
      );
    },
  });
  // A client killed mid-conversation resets its socket; that is the point of some tests, not an error.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(code, times = Number.POSITIVE_INFINITY) {
      refusals = { code, left: times };
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    transport: () => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true }),
    async waitFor(count, timeoutMs = 20_000) {
      const start = Date.now();
      while (received.length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`waited for ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
