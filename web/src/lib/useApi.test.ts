import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from './useApi';

/** A load that answers when told to, with the data it was asked for. */
function controlledLoads() {
  const pending: ((data: string) => void)[] = [];
  const load = () =>
    new Promise<{ data: string; response: Response }>((resolve) => pending.push((data) => resolve({ data, response: new Response(null, { status: 200 }) })));
  const answer = async (data: string) => act(async () => pending.shift()!(data));
  return { load, answer };
}

describe('useApi', () => {
  it('shows loading again when reloading, by default', async () => {
    const { load, answer } = controlledLoads();
    const { result } = renderHook(() => useApi(load, []));
    await answer('first');
    expect(result.current.state).toEqual({ status: 'ok', data: 'first' });
    act(() => result.current.reload());
    expect(result.current.state).toEqual({ status: 'loading' });
    await answer('second');
    expect(result.current.state).toEqual({ status: 'ok', data: 'second' });
  });

  it('keeps the data on screen while it reloads for the same thing, never while it loads something else', async () => {
    const { load, answer } = controlledLoads();
    const { result, rerender } = renderHook(({ slug, revision }) => useApi(load, [slug, revision], { keepWhileSame: [slug] }), { initialProps: { slug: 'a', revision: 1 } });
    await answer('a at 1');
    rerender({ slug: 'a', revision: 2 });
    expect(result.current.state).toEqual({ status: 'ok', data: 'a at 1' });
    await answer('a at 2');
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ok', data: 'a at 2' }));
    act(() => result.current.reload());
    expect(result.current.state).toEqual({ status: 'ok', data: 'a at 2' });
    await answer('a again');

    rerender({ slug: 'b', revision: 2 });
    expect(result.current.state).toEqual({ status: 'loading' });
    await answer('b at 2');
    expect(result.current.state).toEqual({ status: 'ok', data: 'b at 2' });
  });
});
