/**
 * A part of the page fetched when first wanted (every `import()` in src goes through one).
 * One request at a time, kept once it has arrived. A failed request is said on the console,
 * named, and forgotten: the next call asks again, with the same URL. Browsers that follow
 * whatwg/html#10327 (Chromium 156 does, tested) fetch a failed module again, and any file it
 * imports that failed, rather than repeat the failure; in one that keeps the failure, Retry
 * fails again and a reload is the way. A cache-busting query would not help: the file that
 * failed is often one the chunk imports, whose URL is fixed. The promise returned never
 * goes unhandled: `void loader.load()` is safe.
 */
export class Loader<T> {
  /** What arrived, once it has. */
  value = $state.raw<T>();
  /** The last request failed, and no other has started since. */
  failed = $state(false);
  #request: Promise<T> | null = null;

  /**
   * @param what What it is, in words that finish "… could not be loaded.": "The tornado chart".
   * @param fetchIt The `import()`.
   */
  constructor(
    readonly what: string,
    private readonly fetchIt: () => Promise<T>,
  ) {}

  /** Fetch it, or join the request under way, or have what arrived. */
  load(): Promise<T> {
    if (this.#request) return this.#request;
    // Written, never read here: an effect that calls this does not run again when it fails.
    this.failed = false;
    const request = this.fetchIt().then(
      (value) => (this.value = value),
      (e: unknown) => {
        this.#request = null;
        this.failed = true;
        console.error(`${this.what} could not be loaded.`, e);
        throw e;
      },
    );
    request.catch(() => undefined);
    return (this.#request = request);
  }
}
