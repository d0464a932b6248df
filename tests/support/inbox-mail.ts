/** The demo's local mail inbox as end-to-end tests read it: wait for the mail a step should have sent. */

/** A mail as the inbox's API lists it. */
export interface InboxMail {
  to: string[];
  subject: string;
  text: string;
  /** Files sent with it (a calendar file), their content as text. */
  attachments: { filename: string; contentType: string; content: string }[];
}

/** The first mail in the inbox at `inboxUrl` that `match` accepts, waiting up to ten seconds for it. */
export async function waitForMail(inboxUrl: string, match: (m: InboxMail) => boolean): Promise<InboxMail> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = ((await (await fetch(`${inboxUrl}/api/messages`)).json()) as InboxMail[]).find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the mail did not arrive');
}
