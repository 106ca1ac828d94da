// How `npm run bench` times a request: a few unmeasured warm-up calls, then each call from send to last byte.
import { performance } from 'node:perf_hooks';

export interface Timings {
  p50: number;
  p95: number;
  max: number;
}

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Times `runs` calls of `step` after `warmUp` unmeasured ones; a failed answer stops the bench with its body. */
export async function timed(runs: number, step: () => Promise<Response>, warmUp = 0): Promise<Timings> {
  const times: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const start = performance.now();
    const response = await step();
    const body = await response.text();
    if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${body.slice(0, 1500)}`);
    if (i >= warmUp) times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}
