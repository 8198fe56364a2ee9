import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { type Api, ApiError, type Backup } from '../api';
import { I18nContext, translate } from '../i18n';
import { generateToken, pricePair, Settings } from './Settings';

const DEFAULTS: Record<string, string> = {
  server_ip: '203.0.113.7', custom_endpont: 'vpn.example.com', dns: '8.8.8.8', ipv6_dns: '', mtu: '1420',
  sync_interval_seconds: '60', session_ttl_hours: '24', reset_time: '0', traffic_reset_day: '0',
  bot_default_interface: '0', reminder_quota_percent: '80', reminder_days_before_expiry: '3',
  telegram_bot_status: '0', telegram_bot_token: '************************abcd', telegram_bot_admin_id: '0', admin_card_number: '',
  prices: '{"1GB": 4000, "1Month": 75000}', alert: '["Welcome to CandyPanel"]', auto_backup: '1',
  install: '1', status: '1', bandwidth: '123', uptime: '456',
};

function fakeApi(overrides: Record<string, string> = {}, tokens = ['ci']) {
  const stored = { ...DEFAULTS, ...overrides };
  const backups: Backup[] = [
    { name: 'backup-old.json', size_bytes: 2048, created_at: '2030-01-01T00:00:00Z' },
    { name: 'backup-new.json', size_bytes: 4096, created_at: '2030-03-01T00:00:00Z' },
  ];
  return {
    stored,
    settings: vi.fn(async () => ({ settings: { ...stored }, api_tokens: [...tokens] })),
    updateSetting: vi.fn(async (key: string, value: string) => {
      if (key === 'mtu' && Number(value) < 1280) throw new ApiError(400, 'VALIDATION_FAILED', "Setting 'mtu' must be a whole number between 1280 and 9000.");
      stored[key] = value;
      return { message: 'Changed!', data: null };
    }),
    changePassword: vi.fn(async () => ({ message: 'Password changed successfully. Other sessions were logged out.', data: null })),
    saveApiToken: vi.fn(async (name: string) => {
      tokens.push(name);
      return { message: `API token '${name}' added/updated successfully.`, data: null };
    }),
    deleteApiToken: vi.fn(async (name: string) => ({ message: `API token '${name}' deleted successfully.`, data: null })),
    backups: vi.fn(async () => backups),
    createBackup: vi.fn(async () => ({ message: "Backup 'backup-x.json' created.", data: backups[0] })),
    restoreBackup: vi.fn(async (name: string) => ({ message: `Backup '${name}' restored.`, data: backups[0] })),
  };
}

function renderSettings(api: ReturnType<typeof fakeApi>, lang: 'en' | 'fa' = 'en') {
  return render(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <Settings api={api as unknown as Api} />
    </I18nContext.Provider>);
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Settings', () => {
  it('groups the settings in sections and hides the keys the panel maintains', async () => {
    renderSettings(fakeApi());
    await screen.findByRole('heading', { name: 'Settings' });
    for (const name of ['Server', 'Clients and bot defaults', 'Telegram bot', 'Prices', 'Alerts', 'Admin password', 'API tokens', 'Backups']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
    expect(input('Endpoint in client configs').value).toBe('vpn.example.com');
    expect(screen.queryByDisplayValue('456')).toBeNull();
    expect(screen.queryByLabelText(/uptime|bandwidth|install/i)).toBeNull();
  });

  it('shows a refused value under its own field, sends only changed keys and keeps the other edits', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    type('MTU', '99');
    type('DNS servers (comma-separated)', '1.1.1.1, 9.9.9.9');
    type('Admin Telegram id', '4242');
    fireEvent.click(screen.getByRole('button', { name: 'Save Server' }));
    const mtu = input('MTU');
    await waitFor(() => expect(mtu.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(mtu.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe("Setting 'mtu' must be a whole number between 1280 and 9000.");
    expect(message.closest('.field')).toBe(mtu.closest('.field'));
    expect(api.updateSetting.mock.calls.map((c) => c[0])).toEqual(['dns', 'mtu']);
    expect(api.updateSetting).toHaveBeenCalledWith('dns', '1.1.1.1, 9.9.9.9');
    expect(input('DNS servers (comma-separated)').getAttribute('aria-invalid')).toBeNull();
    const server = screen.getByRole('form', { name: 'Server' });
    expect(within(server).getByText('Settings saved: 1.')).toBeTruthy();
    expect(within(server).getByRole('alert').textContent).toBe('Not saved: 1. See the marked fields.');
    await waitFor(() => expect(api.settings).toHaveBeenCalledTimes(2));
    // the refused edit and the unsaved edit of another section survive the reload
    expect(input('MTU').value).toBe('99');
    expect(input('Admin Telegram id').value).toBe('4242');
    expect(input('DNS servers (comma-separated)').value).toBe('1.1.1.1, 9.9.9.9');
    type('MTU', '1380');
    fireEvent.click(screen.getByRole('button', { name: 'Save Server' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenLastCalledWith('mtu', '1380'));
    await waitFor(() => expect(input('MTU').getAttribute('aria-invalid')).toBeNull());
  });

  it('leaves the bot token out when its field is empty, and sends it when typed', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    const token = input('Bot token (from BotFather)');
    expect(token.value).toBe('');
    expect(token.placeholder).toBe('************************abcd');
    fireEvent.click(screen.getByLabelText('Bot enabled'));
    type('Admin Telegram id', '4242');
    fireEvent.click(screen.getByRole('button', { name: 'Save Telegram bot' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenCalledTimes(2));
    expect(api.updateSetting.mock.calls).toEqual([['telegram_bot_status', '1'], ['telegram_bot_admin_id', '4242']]);
    type('Bot token (from BotFather)', '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fireEvent.click(screen.getByRole('button', { name: 'Save Telegram bot' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenLastCalledWith('telegram_bot_token', '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ'));
    await waitFor(() => expect(input('Bot token (from BotFather)').value).toBe(''));
  });

  it('edits the prices as two numbers and sends them as the JSON object', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    expect(input('Price per GB').value).toBe('4000');
    type('Price per GB', 'cheap');
    fireEvent.click(screen.getByRole('button', { name: 'Save Prices' }));
    expect(await screen.findByText('Enter a number of 0 or more for both prices.')).toBeTruthy();
    expect(api.updateSetting).not.toHaveBeenCalled();
    type('Price per GB', '5000');
    type('Price per month', '80000');
    fireEvent.click(screen.getByRole('button', { name: 'Save Prices' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenCalledTimes(1));
    const [key, value] = api.updateSetting.mock.calls[0];
    expect(key).toBe('prices');
    expect(JSON.parse(value)).toEqual({ '1GB': 5000, '1Month': 80000 });
  });

  it('edits other price shapes as JSON text', async () => {
    const api = fakeApi({ prices: '{"1GB": 4000, "1Month": 75000, "3Month": 200000}' });
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    expect(screen.queryByLabelText('Price per GB')).toBeNull();
    type('Prices (JSON)', '{"1GB": 1, "1Month": 2}');
    fireEvent.click(screen.getByRole('button', { name: 'Save Prices' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenCalledWith('prices', '{"1GB": 1, "1Month": 2}'));
    expect(pricePair('{"1GB": 1, "1Month": 2}')).toEqual(['1', '2']);
    expect(pricePair('{"1GB": 1}')).toBeNull();
  });

  it('edits the alerts one per line and sends a JSON list', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    expect(input('Alerts, one per line').value).toBe('Welcome to CandyPanel');
    type('Alerts, one per line', 'Maintenance tonight\n\n  New prices  ');
    fireEvent.click(screen.getByRole('button', { name: 'Save Alerts' }));
    await waitFor(() => expect(api.updateSetting).toHaveBeenCalledTimes(1));
    expect(JSON.parse(api.updateSetting.mock.calls[0][1])).toEqual(['Maintenance tonight', 'New prices']);
  });

  it('catches a repeated password that differs before asking the server', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    type('Current password', 'old-secret');
    type('New password', 'new-secret-1');
    type('Repeat the new password', 'new-secret-2');
    fireEvent.submit(screen.getByRole('form', { name: 'Admin password' }));
    expect(await screen.findByText('The two new passwords differ.')).toBeTruthy();
    expect(input('Repeat the new password').getAttribute('aria-invalid')).toBe('true');
    expect(api.changePassword).not.toHaveBeenCalled();
    type('Repeat the new password', 'new-secret-1');
    fireEvent.submit(screen.getByRole('form', { name: 'Admin password' }));
    await waitFor(() => expect(api.changePassword).toHaveBeenCalledWith('old-secret', 'new-secret-1'));
    expect(await screen.findByText('Password changed successfully. Other sessions were logged out.')).toBeTruthy();
  });

  it('generates an API token of at least 32 characters and shows it once after saving', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    type('Token name', 'billing');
    const field = input('Token (at least 32 characters)');
    fireEvent.input(field, { target: { value: 'short' } });
    fireEvent.submit(screen.getByRole('form', { name: 'API tokens' }));
    expect(await screen.findByText('A token needs at least 32 characters.')).toBeTruthy();
    expect(api.saveApiToken).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    const token = field.value;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    fireEvent.submit(screen.getByRole('form', { name: 'API tokens' }));
    await waitFor(() => expect(api.saveApiToken).toHaveBeenCalledWith('billing', token));
    expect(await screen.findByText('Token “billing” saved. Copy it now: it will not be shown again.')).toBeTruthy();
    expect(screen.getAllByText(token)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Copy billing' })).toBeTruthy();
    expect(input('Token (at least 32 characters)').value).toBe('');
    await screen.findByText('billing', { selector: 'bdi' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(token)).toBeNull();
    expect(generateToken()).not.toBe(generateToken());
  });

  it('deletes an API token only after confirmation', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByRole('heading', { name: 'Settings' });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Delete ci' }));
    expect(api.deleteApiToken).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete ci' }));
    await waitFor(() => expect(api.deleteApiToken).toHaveBeenCalledWith('ci'));
    expect(confirm).toHaveBeenCalledWith('Delete API token “ci”? Programs using it lose access.');
  });

  it('lists backups newest first and restores only after a warning, then reloads the settings', async () => {
    const api = fakeApi();
    renderSettings(api);
    await screen.findByText('backup-new.json');
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '').filter((text) => text.includes('backup-'));
    expect(rows[0]).toContain('backup-new.json');
    expect(rows[1]).toContain('backup-old.json');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup-old.json' }));
    expect(confirm.mock.calls[0][0]).toMatch(/backup-old\.json.*will be replaced/);
    expect(api.restoreBackup).not.toHaveBeenCalled();
    const loads = api.settings.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup-old.json' }));
    await waitFor(() => expect(api.restoreBackup).toHaveBeenCalledWith('backup-old.json'));
    expect(await screen.findByText("Backup 'backup-old.json' restored.")).toBeTruthy();
    expect(api.settings.mock.calls.length).toBe(loads + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Create backup' }));
    expect(await screen.findByText("Backup 'backup-x.json' created.")).toBeTruthy();
  });

  it('speaks Persian', async () => {
    renderSettings(fakeApi(), 'fa');
    expect(await screen.findByRole('heading', { name: 'تنظیمات' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'ربات تلگرام' })).toBeTruthy();
    expect(screen.getByLabelText('قیمت هر گیگابایت')).toBeTruthy();
  });
});
