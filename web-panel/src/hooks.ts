import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Calls `tick` now and then every `intervalMs` after the previous call finished (never overlapping),
 * skipping ticks while the tab is hidden.
 */
export function usePolling(tick: () => Promise<unknown> | void, intervalMs: number): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (stopped) return;
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') {
        try {
          await latest.current();
        } catch {
          // the screen shows its own errors; keep polling
        }
      }
      if (!stopped) timer = setTimeout(run, intervalMs);
    };
    run();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [intervalMs]);
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
