import {
  bytesToQuota, formatBytes, formatUptime, gigabytesToBytes, isoToLocalDateTime, localDateTimeIn, localDateTimeToIso, quotaToBytes,
  relativeTime, usagePercent,
} from './format';

describe('format', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
  });

  it('formats uptime as days, hours and minutes', () => {
    expect(formatUptime(59)).toBe('0m');
    expect(formatUptime(90061)).toBe('1d 1h 1m');
  });

  it('turns gigabytes into bytes and rejects what is not a number', () => {
    expect(gigabytesToBytes('')).toBe(0);
    expect(gigabytesToBytes('0')).toBe(0);
    expect(gigabytesToBytes('1.5')).toBe(1610612736);
    expect(gigabytesToBytes('-1')).toBeNull();
    expect(gigabytesToBytes('ten')).toBeNull();
  });

  it('turns a quota in MB or GB into bytes, decimals allowed', () => {
    expect(quotaToBytes('2', 'GB')).toBe(2 * 1024 ** 3);
    expect(quotaToBytes('500', 'MB')).toBe(500 * 1024 ** 2);
    expect(quotaToBytes('1.5', 'MB')).toBe(1.5 * 1024 ** 2);
    expect(quotaToBytes('.5', 'GB')).toBe(1024 ** 3 / 2);
    expect(quotaToBytes(' 0 ', 'MB')).toBe(0);
    expect(quotaToBytes('', 'MB')).toBe(0);
    expect(quotaToBytes('۱٫۵', 'GB')).toBe(1.5 * 1024 ** 3);
  });

  it('rejects a quota that is not a number >= 0', () => {
    for (const text of ['-1', '-0.5', 'ten', '1e3', '1,5', '1.2.3', '0x10', 'Infinity', '1'.repeat(30)]) {
      expect(quotaToBytes(text, 'MB'), text).toBeNull();
      expect(quotaToBytes(text, 'GB'), text).toBeNull();
    }
  });

  it('prefills a quota in GB when whole, else in MB, reading back to the same bytes', () => {
    expect(bytesToQuota(0)).toEqual({ text: '0', unit: 'GB' });
    expect(bytesToQuota(5 * 1024 ** 3)).toEqual({ text: '5', unit: 'GB' });
    expect(bytesToQuota(1.5 * 1024 ** 3)).toEqual({ text: '1536', unit: 'MB' });
    expect(bytesToQuota(300 * 1024 ** 2)).toEqual({ text: '300', unit: 'MB' });
    expect(bytesToQuota(1)).toEqual({ text: '0.00000095367431640625', unit: 'MB' });
    for (const bytes of [1, 1023, 1536 * 1024, 123456789, 7 * 1024 ** 3 + 1]) {
      const { text, unit } = bytesToQuota(bytes);
      expect(quotaToBytes(text, unit), String(bytes)).toBe(bytes);
    }
  });

  it('writes an ISO instant as a local datetime-local value', () => {
    expect(isoToLocalDateTime(new Date(2030, 1, 3, 4, 5, 59).toISOString())).toBe('2030-02-03T04:05');
    expect(isoToLocalDateTime(null)).toBe('');
    expect(isoToLocalDateTime('soon')).toBe('');
    expect(localDateTimeToIso(isoToLocalDateTime('2030-02-03T04:05:00Z'))).toBe('2030-02-03T04:05:00.000Z');
  });

  it('says how long ago a time was, in English and Persian', () => {
    const now = Date.parse('2030-01-01T12:00:00Z');
    expect(relativeTime('2030-01-01T11:57:00Z', 'en', now)).toMatch(/^3 min\.? ago$/);
    expect(relativeTime('2030-01-01T11:57:00Z', 'fa', now)).toBe('۳ دقیقه پیش');
    expect(relativeTime('2030-01-01T11:59:50Z', 'en', now)).toMatch(/^10 sec\.? ago$/);
    expect(relativeTime('2030-01-01T09:00:00Z', 'en', now)).toMatch(/^3 hr\.? ago$/);
    expect(relativeTime('2030-01-01T09:00:00Z', 'fa', now)).toBe('۳ ساعت پیش');
    expect(relativeTime('2029-12-27T12:00:00Z', 'en', now)).toBe('5 days ago');
    expect(relativeTime('2030-01-01T12:00:00Z', 'en', now)).toBe('now');
    expect(relativeTime('2030-01-01T12:05:00Z', 'en', now)).toBe('now');
    expect(relativeTime('2030-01-01T12:00:00Z', 'fa', now)).toBe('اکنون');
    expect(relativeTime('2027-06-01T00:00:00Z', 'en', now)).toMatch(/^2 yr\.? ago$/);
  });

  it('reads datetime-local values as local time', () => {
    const iso = localDateTimeToIso('2030-01-02T03:04');
    expect(iso).toBe(new Date(2030, 0, 2, 3, 4).toISOString());
    expect(localDateTimeToIso('2030-01-02')).toBeNull();
    expect(localDateTimeIn(1, new Date(2030, 0, 31, 23, 5))).toBe('2030-02-01T23:05');
  });

  it('computes the usage share, null when unlimited', () => {
    expect(usagePercent(50, 200)).toBe(25);
    expect(usagePercent(500, 200)).toBe(100);
    expect(usagePercent(5, 0)).toBeNull();
  });
});
