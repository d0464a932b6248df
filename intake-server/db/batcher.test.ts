import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

/** Wraps a batch's work, counting how many batches run at once. */
function counted<J, R>(work: (jobs: J[]) => Promise<R[]>) {
  let running = 0;
  let most = 0;
  return {
    run: async (jobs: J[]) => {
      running++;
      most = Math.max(most, running);
      try {
        return await work(jobs);
      } finally {
        running--;
      }
    },
    maxRunning: () => most,
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the group-commit batcher', () => {
  it('groups jobs that arrive together and answers each with its own result', async () => {
    const batches: number[][] = [];
    const b = createBatcher(async (jobs: number[]) => {
      batches.push(jobs);
      await new Promise((r) => setTimeout(r, 5));
      return jobs.map((j) => j * 10);
    }, 3);
    const results = await Promise.all([1, 2, 3, 4, 5].map((j) => b.submit(j)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('fails every job of a failed batch and keeps serving later ones', async () => {
    let fail = true;
    const b = createBatcher(async (jobs: string[]) => {
      if (fail) throw new Error('disk full');
      return jobs;
    }, 10);
    const failed = await Promise.allSettled([b.submit('a'), b.submit('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await b.submit('c')).toBe('c');
  });

  it('with startNextFirst, starts the next batch before it answers the last one, and still one at a time', async () => {
    for (const startNextFirst of [false, true]) {
      const log: string[] = [];
      let firstStarted!: () => void;
      const firstRunning = new Promise<void>((resolve) => (firstStarted = resolve));
      const work = counted(async (jobs: number[]) => {
        log.push(`run ${jobs.join(',')}`);
        firstStarted();
        await pause(5);
        return jobs;
      });
      const b = createBatcher(work.run, 10, () => 1, undefined, { startNextFirst });
      const answered = (p: Promise<number>) => p.then((j) => void log.push(`answer ${j}`));
      const first = [answered(b.submit(1)), answered(b.submit(2))];
      // Arrives while the first batch runs (not after a guessed delay, which a busy machine overran): it waits for the next one.
      await firstRunning;
      const later = answered(b.submit(3));
      await Promise.all([...first, later]);
      expect(log).toEqual(
        startNextFirst
          ? ['run 1,2', 'run 3', 'answer 1', 'answer 2', 'answer 3']
          : ['run 1,2', 'answer 1', 'answer 2', 'run 3', 'answer 3'],
      );
      expect(work.maxRunning()).toBe(1);
    }
  });

  it('runs one batch at a time', async () => {
    const work = counted(async (jobs: number[]) => {
      await pause(2);
      return jobs;
    });
    const b = createBatcher(work.run, 2);
    await Promise.all(Array.from({ length: 9 }, (_, i) => b.submit(i)));
    expect(work.maxRunning()).toBe(1);
  });

  it('runs up to maxInFlight batches at once for a store that queues them', async () => {
    const work = counted(async (jobs: number[]) => {
      await pause(5);
      return jobs.map((j) => j + 1);
    });
    const b = createBatcher(work.run, 2, () => 3);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => b.submit(i)));
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(work.maxRunning()).toBe(3);
  });

  it('never runs two batches at once that share a key: a job whose key is busy waits, the others go ahead', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const b = createBatcher(
      async (jobs: string[]) => {
        batches.push(jobs);
        if (batches.length === 1) await first;
        return jobs;
      },
      10,
      () => 3,
      (job) => [job.split(':')[0]!],
    );
    const a1 = b.submit('a:1');
    await new Promise((r) => setImmediate(r));
    // 'a' is busy in the running batch: a:2 waits; b:1 and c:1 form a batch of their own at once.
    const rest = [b.submit('a:2'), b.submit('b:1'), b.submit('c:1')];
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([['a:1'], ['b:1', 'c:1']]);
    release();
    expect(await Promise.all([a1, ...rest])).toEqual(['a:1', 'a:2', 'b:1', 'c:1']);
    expect(batches).toEqual([['a:1'], ['b:1', 'c:1'], ['a:2']]);
  });
});
