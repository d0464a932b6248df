import { describe, expect, it } from 'vitest';
import type { InboxMessage } from './inbox-message.js';
import { createMessageStore } from './message-store.js';

function message(id: string, to = 'kari@example.no'): InboxMessage {
  return {
    id,
    receivedAt: new Date(0).toISOString(),
    envelopeFrom: 'noreply@ressursvenn.example',
    envelopeTo: [to],
    from: 'noreply@ressursvenn.example',
    to: [to],
    replyTo: [],
    subject: `Melding ${id}`,
    text: '',
    html: '',
    headers: {},
  };
}

describe('createMessageStore', () => {
  it('keeps only the newest messages, oldest first', () => {
    const store = createMessageStore(3);
    for (const id of ['1', '2', '3', '4']) store.add(message(id));
    expect(store.list().map((kept) => kept.id)).toEqual(['2', '3', '4']);
    expect(store.get('1')).toBeUndefined();
  });

  it('fails a wait whose predicate throws without breaking delivery', async () => {
    const store = createMessageStore(3);
    const waiting = store.waitFor(() => {
      throw new Error('broken predicate');
    });
    expect(() => store.add(message('1'))).not.toThrow();
    await expect(waiting).rejects.toThrow('broken predicate');
    expect(store.list()).toHaveLength(1);
  });

  it('rejects pending waits when closed', async () => {
    const store = createMessageStore(3);
    const waiting = store.waitFor(() => true, { timeoutMs: 10_000 });
    store.close();
    await expect(waiting).rejects.toThrow(/closed/);
  });
});
