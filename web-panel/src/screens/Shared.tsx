import { useState } from 'preact/hooks';
import type { Outcome } from '../api';
import { useI18n } from '../i18n';

/** A sentence to show after a change; `warn` when WireGuard did not take it (the change stands, it is retried). */
export interface Said { text: string; warn?: boolean }

/** The server's sentence of a change (it names the kernel warning, if any), or `fallback` when it is empty. */
export function said(outcome: Outcome<unknown>, fallback: string): Said {
  const kernel = (outcome.data as { kernel?: { applied?: boolean } } | null)?.kernel;
  return { text: outcome.message || fallback, warn: kernel?.applied === false };
}

export const errorText = (e: unknown) => (e as Error).message;

/** The notice and error of a screen, and `run`, which shows what a piece of work says or throws. */
export function useStatus() {
  const [note, setNote] = useState<Said | null>(null);
  const [error, setError] = useState('');
  const run = async (work: () => Promise<Said | string | void>): Promise<boolean> => {
    setError('');
    setNote(null);
    try {
      const result = await work();
      if (result) setNote(typeof result === 'string' ? { text: result } : result);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  return { note, error, setNote, setError, run };
}

/** Polite live region: screen readers announce the notice; an error is an alert. */
export function Status({ note, error }: { note: Said | null; error: string }) {
  return (
    <div aria-live="polite">
      {note && <p dir="auto" class={note.warn ? 'warning' : 'notice'}>{note.text}</p>}
      {error && <p dir="auto" role="alert" class="error">{error}</p>}
    </div>
  );
}

/** Copies `text`; falls back to a hidden textarea where the Clipboard API is missing (a panel on plain http). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand?.('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" class="small" onClick={copy}>
      {done ? t('copiedAction') : t('copyAction')}<span class="sr-only"> {what}</span>
    </button>
  );
}
