import { formatBytes, formatUptime, gigabytesToBytes, localDateTimeIn, localDateTimeToIso, usagePercent } from './format';

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
