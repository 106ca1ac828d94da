import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './offline-db';
import { dismiss, enqueue, outboxOf, type Outcome, runOutbox } from './outbox';

const label = { moduleTitle: 'Hearing the child', enrolmentId: 'e1', number: 1 };
const answer = (questionId: string, value: string) =>
  ({ kind: 'answer', attemptId: 'a1', questionId, answer: { value }, answeredAt: new Date().toISOString() }) as const;

/** A server that answers each operation from a script, and records what it was sent (operation ids included). */
function server(script: ((entry: OutboxEntry) => Outcome)[]) {
  const received: { opId: string; questionId?: string }[] = [];
  let call = 0;
  const send = async (entry: OutboxEntry): Promise<Outcome> => {
    received.push({ opId: entry.opId, questionId: entry.op.kind === 'answer' ? entry.op.questionId : undefined });
    const reply = script[Math.min(call, script.length - 1)];
    call += 1;
    return reply(entry);
  };
  return { send, received };
}
const ack = (): Outcome => ({ kind: 'acknowledged' });
const lost = (): Outcome => ({ kind: 'retry' });

describe('the outbox', () => {
  it('sends in the order the operations were made, one at a time, and marks each acknowledged one sent', async () => {
    for (const q of ['q1', 'q2', 'q3']) await enqueue('u1', answer(q, q), label);
    const { send, received } = server([ack]);
    expect(await runOutbox('u1', send)).toBe('empty');
    expect(received.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect((await outboxOf('u1')).map((e) => e.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('retries with the same operation id after a lost connection, and keeps the later ones behind it', async () => {
    await enqueue('u1', answer('q1', 'first'), label);
    await enqueue('u1', answer('q2', 'second'), label);
    const first = server([lost]);
    expect(await runOutbox('u1', first.send)).toBe('offline');
    expect(first.received).toHaveLength(1);
    expect((await outboxOf('u1')).map((e) => e.state)).toEqual(['waiting', 'waiting']);

    const second = server([ack]);
    expect(await runOutbox('u1', second.send)).toBe('empty');
    expect(second.received.map((r) => r.questionId)).toEqual(['q1', 'q2']);
    expect(second.received[0].opId).toBe(first.received[0].opId);
  });

  it('keeps a refusal with its reason and goes on with the next operation; a refusal can be dismissed', async () => {
    await enqueue('u1', answer('q1', 'late'), label);
    await enqueue('u1', answer('q2', 'fine'), label);
    const refused: Outcome = { kind: 'refused', reason: 'The attempt was submitted from another device.', code: 'attempt_submitted' };
    const { send } = server([() => refused, ack]);
    expect(await runOutbox('u1', send)).toBe('empty');
    const [first, second] = await outboxOf('u1');
    expect(first).toMatchObject({ state: 'refused', reason: refused.reason, code: 'attempt_submitted' });
    expect(second.state).toBe('sent');
    await dismiss(first.seq!);
    expect((await outboxOf('u1')).map((e) => e.op.kind === 'answer' && e.op.questionId)).toEqual(['q2']);
  });

  it('stops, keeping everything, when the session has ended; sends it all after signing in again', async () => {
    await enqueue('u1', answer('q1', 'a'), label);
    await enqueue('u1', { kind: 'lesson_read', enrolmentId: 'e1', position: 2 }, label);
    expect(await runOutbox('u1', server([() => ({ kind: 'unauthorized' })]).send)).toBe('session_ended');
    expect((await outboxOf('u1')).map((e) => e.state)).toEqual(['waiting', 'waiting']);
    expect(await runOutbox('u1', server([ack]).send)).toBe('empty');
    expect((await outboxOf('u1')).map((e) => e.state)).toEqual(['sent', 'sent']);
  });

  it("never sends one person's operations in another's session", async () => {
    await enqueue('u1', answer('q1', 'mine'), label);
    const other = server([ack]);
    expect(await runOutbox('u2', other.send)).toBe('empty');
    expect(other.received).toEqual([]);
    expect((await outboxOf('u1'))[0].state).toBe('waiting');
  });

  it('sends an operation queued while a run is under way', async () => {
    await enqueue('u1', answer('q1', 'a'), label);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const received: string[] = [];
    const send = async (entry: OutboxEntry): Promise<Outcome> => {
      received.push(entry.op.kind === 'answer' ? entry.op.questionId : '');
      if (received.length === 1) await held;
      return { kind: 'acknowledged' };
    };
    const running = runOutbox('u1', send);
    await enqueue('u1', answer('q2', 'b'), label);
    const again = runOutbox('u1', send);
    release();
    await Promise.all([running, again]);
    expect(received).toEqual(['q1', 'q2']);
  });
});
