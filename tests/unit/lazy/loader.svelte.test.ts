/**
 * The loader every `import()` goes through: one request at a time, kept once it has
 * arrived; a failed one said, forgotten and asked for again at the next call; never a
 * promise rejected with no one to hear it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Loader } from '../../../src/lib/lazy/loader.svelte.ts';

/** A stand-in for `import()`: each call answers with the next outcome. */
function fetcher(...outcomes: ('ok' | 'fail')[]) {
  const fetchIt = vi.fn(() => {
    const outcome = outcomes.shift();
    return outcome === 'ok'
      ? Promise.resolve({ default: 'the chart' })
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  return fetchIt;
}

/** Long enough for any rejection with no handler to be reported. */
const settle = () => new Promise((ok) => setTimeout(ok, 20));

let unhandled: unknown[];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  consoleError.mockRestore();
});

describe('Loader', () => {
  it('fetches once, however often and however soon it is asked, and keeps what arrived', async () => {
    const fetchIt = fetcher('ok', 'ok');
    const loader = new Loader('The chart', fetchIt);
    expect(loader.value).toBeUndefined();
    const [a, b] = [loader.load(), loader.load()];
    expect(a).toBe(b);
    expect(await a).toEqual({ default: 'the chart' });
    expect(loader.value).toEqual({ default: 'the chart' });
    expect(await loader.load()).toBe(loader.value);
    expect(fetchIt).toHaveBeenCalledTimes(1);
    expect(loader.failed).toBe(false);
  });

  it('after a failure says so once, by name, and the next call fetches again', async () => {
    const fetchIt = fetcher('fail', 'ok');
    const loader = new Loader('The tornado chart', fetchIt);
    // Callers asking while the request is under way share its failure.
    const [a, b] = [loader.load(), loader.load()];
    await expect(a).rejects.toThrow('Failed to fetch');
    await expect(b).rejects.toThrow('Failed to fetch');
    expect(loader.failed).toBe(true);
    expect(loader.value).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toBe('The tornado chart could not be loaded.');

    const retry = loader.load();
    expect(loader.failed).toBe(false);
    expect(await retry).toEqual({ default: 'the chart' });
    expect(fetchIt).toHaveBeenCalledTimes(2);
    expect(loader.value).toEqual({ default: 'the chart' });
  });

  it('a failed request that no one waits for is no unhandled rejection', async () => {
    const loader = new Loader('The print brief', fetcher('fail', 'fail'));
    void loader.load();
    await settle();
    expect(loader.failed).toBe(true);
    void loader.load();
    await settle();
    expect(unhandled).toEqual([]);
    expect(consoleError).toHaveBeenCalledTimes(2);
  });
});
