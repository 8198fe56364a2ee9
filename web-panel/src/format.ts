/** Formatting and parsing of the values the screens show and send. */

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];
const GIB = 1024 ** 3;

export function formatBytes(bytes: number, locale = 'en'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 2 : 1;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value) + ' ' + UNITS[unit];
}

export function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return (days ? days + 'd ' : '') + (days || hours ? hours + 'h ' : '') + minutes + 'm';
}

export function formatDateTime(iso: string | null, locale = 'en'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Quota in GB (decimal allowed, 0 or empty = unlimited) to bytes; null when it is not a number >= 0. */
export function gigabytesToBytes(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * GIB);
}

/** The value of an <input type="datetime-local"> (local time) as an ISO instant; null when invalid. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A datetime-local value `days` from `now`, minutes precision. */
export function localDateTimeIn(days: number, now = new Date()): string {
  const date = new Date(now.getTime() + days * 86400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Share of the quota used, 0..100; null when unlimited. */
export function usagePercent(usedBytes: number, quotaBytes: number): number | null {
  if (quotaBytes <= 0) return null;
  return Math.min(100, Math.round((usedBytes / quotaBytes) * 100));
}
