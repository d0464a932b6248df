/**
 * The environment of an intake server that delivers real mail in an integration test: its own data folder, the test's
 * SMTP server, a public address for links, a sender, and an outbox that polls and retries fast.
 */
export function mailServerEnv(dataDir: string, smtpUrl: string): Record<string, string> {
  return {
    PORT: '0',
    DATA_DIR: dataDir,
    SMTP_URL: smtpUrl,
    PUBLIC_URL: 'https://intake.example',
    MAIL_FROM: 'Ressursvenn <ikke-svar@ressursvenn.example>',
    OUTBOX_POLL_MS: '50',
    OUTBOX_BACKOFF_BASE_MS: '50',
    OUTBOX_BACKOFF_CAP_MS: '200',
  };
}
