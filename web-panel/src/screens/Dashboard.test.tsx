import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Api, Dashboard as DashboardData } from '../api';
import { I18nContext, translate } from '../i18n';
import { Dashboard } from './Dashboard';

function data(connected: number): DashboardData {
  return {
    cpu: '12%', mem: { total: '2 GB', available: '1 GB', usage: '50%' }, net: { download: '1 MB/s', upload: '200 KB/s' },
    uptime: 3 * 86400 + 3600, clients_count: 40, enabled_clients: 38, connected_clients: connected, status: 'ok',
    alert: ['Welcome to CandyPanel'], bandwidth: 5 * 1024 ** 3, wg_mode: 'kernel', wg_status: 'ok',
    last_sync: { at: '2030-01-01T00:00:00Z', duration_ms: 30, peers_read: 40, bytes_counted: 1000 },
  };
}

function fakeApi() {
  const dashboard = vi.fn(async () => data(dashboard.mock.calls.length === 1 ? 7 : 9));
  return {
    dashboard,
    syncNow: vi.fn(async () => ({
      message: 'Synchronization process initiated successfully.',
      data: {
        started_at: '2030-01-01T00:00:00Z', duration_ms: 42, peers_read: 40, clients_updated: 5, bytes_counted: 10,
        disabled: [{ name: 'bob', reason: 'quota used up' }], re_enabled: 0, kernel_actions: [], kernel_failures: ['wg0: peer remove failed'],
      },
    })),
  };
}

afterEach(cleanup);

describe('Dashboard', () => {
  it('shows the tiles and alerts, and Sync now reports what the sync did and refreshes the tiles', async () => {
    const api = fakeApi();
    render(
      <I18nContext.Provider value={{ lang: 'en', t: (key, vars) => translate('en', key, vars) }}>
        <Dashboard api={api as unknown as Api} pollMs={60_000} />
      </I18nContext.Provider>);
    const connected = await screen.findByText('Connected');
    expect(connected.nextElementSibling?.textContent).toBe('7');
    expect(screen.getByText('3d 1h 0m')).toBeTruthy();
    expect(screen.getByText('kernel (ok)')).toBeTruthy();
    expect(screen.getByText('Welcome to CandyPanel')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(api.syncNow).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Sync took 42 ms: 40 peers read, 5 clients updated, 1 disabled, 0 re-enabled.')).toBeTruthy();
    expect(screen.getByText(/quota used up/).textContent).toBe('bob: quota used up');
    expect(screen.getByText('wg0: peer remove failed')).toBeTruthy();
    expect(screen.getByText('Synchronization process initiated successfully.')).toBeTruthy();
    expect(api.dashboard).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByText('Connected').nextElementSibling?.textContent).toBe('9'));
  });
});
