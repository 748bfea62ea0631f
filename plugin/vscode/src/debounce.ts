// A trailing-edge debounce with cancel and flush; the timer functions are injectable for tests.

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops the pending call. */
  cancel(): void;
  /** Runs the pending call now, if any. */
  flush(): void;
  readonly pending: boolean;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** `fn` called once, `ms` after the last of a burst of calls, with that last call's arguments. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number | (() => number),
  timers: Timers = realTimers,
): Debounced<A> {
  let handle: unknown;
  let lastArgs: A | undefined;
  const run = () => {
    const args = lastArgs as A;
    handle = undefined;
    lastArgs = undefined;
    fn(...args);
  };
  const d = ((...args: A) => {
    lastArgs = args;
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(run, typeof ms === 'function' ? ms() : ms);
  }) as Debounced<A>;
  d.cancel = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    lastArgs = undefined;
  };
  d.flush = () => {
    if (handle === undefined) return;
    timers.clearTimeout(handle);
    run();
  };
  Object.defineProperty(d, 'pending', { get: () => handle !== undefined });
  return d;
}
