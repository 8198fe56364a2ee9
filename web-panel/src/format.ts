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

export type QuotaUnit = 'MB' | 'GB';

const QUOTA_UNITS: Record<QuotaUnit, number> = { MB: 1024 ** 2, GB: GIB };
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Persian and Arabic-Indic digits and the Persian decimal separator as ASCII, so "۱٫۵" reads as "1.5". */
function asciiDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩٫]/g, (c) => {
    if (c === '٫') return '.';
    const persian = PERSIAN_DIGITS.indexOf(c);
    return String(persian >= 0 ? persian : ARABIC_DIGITS.indexOf(c));
  });
}

/**
 * A quota typed in MB or GB (1 MB = 1024^2 bytes, 1 GB = 1024^3; decimals allowed; 0 or empty =
 * unlimited) as bytes; null when it is not a number >= 0.
 */
export function quotaToBytes(text: string, unit: QuotaUnit): number | null {
  const trimmed = asciiDigits(text.trim());
  if (trimmed === '') return 0;
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const bytes = Math.round(Number(trimmed) * QUOTA_UNITS[unit]);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** Quota in GB to bytes, as {@link quotaToBytes}. */
export function gigabytesToBytes(text: string): number | null {
  return quotaToBytes(text, 'GB');
}

/**
 * The reverse of {@link quotaToBytes}, to prefill a form: whole GB in GB, anything else in MB
 * (decimals written out in full, so the text reads back to the same bytes); 0 = unlimited.
 */
export function bytesToQuota(bytes: number): { text: string; unit: QuotaUnit } {
  if (!Number.isFinite(bytes) || bytes <= 0) return { text: '0', unit: 'GB' };
  const unit: QuotaUnit = bytes % GIB === 0 ? 'GB' : 'MB';
  const text = new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 20 }).format(bytes / QUOTA_UNITS[unit]);
  return { text, unit };
}

/** The value of an <input type="datetime-local"> (local time) as an ISO instant; null when invalid. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as the value of an <input type="datetime-local"> in local time, minutes precision; '' when invalid. */
export function isoToLocalDateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : localDateTime(date);
}

function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value `days` from `now`, minutes precision. */
export function localDateTimeIn(days: number, now = new Date()): string {
  return localDateTime(new Date(now.getTime() + days * 86400_000));
}

/** Share of the quota used, 0..100; null when unlimited. */
export function usagePercent(usedBytes: number, quotaBytes: number): number | null {
  if (quotaBytes <= 0) return null;
  return Math.min(100, Math.round((usedBytes / quotaBytes) * 100));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400], ['month', 30 * 86400], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1],
];

/**
 * How long ago `iso` was, in the largest whole unit ("3 min. ago", "۳ دقیقه پیش", "now");
 * a time in the future (clock skew) reads as now. The ISO text itself when it is not a date.
 */
export function relativeTime(iso: string, locale = 'en', now: number = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.max(0, Math.floor((now - then) / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { style: 'short', numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  return format.format(0, 'second');
}
