import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Api, Client, ClientPage, ClientQuery, Outcome, Summary, WgInterfaceInfo } from '../api';
import { I18nContext, translate } from '../i18n';
import { Clients } from './Clients';

function client(name: string, enabled = true): Client {
  return {
    name, wg: 0, address: '10.0.0.2/32', created_at: '2030-01-01T00:00:00Z', expires: '2030-02-01T00:00:00Z', note: null,
    traffic: '1073741824', used_trafic: { download: 1024, upload: 1024 }, connected_now: false, status: enabled,
    last_handshake: null, disabled_reason: null, share_url: null,
  };
}

function fakeApi(pages: ClientPage[], summaries: Summary[]) {
  const clients = vi.fn(async (_q: ClientQuery) => pages[Math.min(clients.mock.calls.length - 1, pages.length - 1)]);
  const summary = vi.fn(async () => summaries[Math.min(summary.mock.calls.length - 1, summaries.length - 1)]);
  const api = {
    clients, summary,
    createClient: vi.fn(async () => ({})),
    interfaces: vi.fn(async () => [wgInterface(0, 'wg0')]),
    setClientEnabled: vi.fn(async () => ({})),
    deleteClient: vi.fn(async () => ({})),
    updateClient: vi.fn(async (name: string, _changes: object): Promise<Outcome> => ({ message: `Client ${name} updated.`, data: null })),
    resetClientUsage: vi.fn(async (name: string): Promise<Outcome> => ({ message: `Usage of ${name} reset.`, data: null })),
    unshareClient: vi.fn(async (name: string): Promise<Outcome> => ({ message: `Share link of ${name} revoked.`, data: null })),
  };
  return api;
}

function wgInterface(wg: number, name: string): WgInterfaceInfo {
  return { wg, name, public_key: 'k', port: 51820 + wg, address_range: `10.0.${wg}.1/24`, ipv6_address_range: null, mtu: 1420,
    status: true, client_count: 0 };
}

function summaryAt(revision: string): Summary {
  return { clients: { total: 1, enabled: 1, connected: 0 }, last_sync_at: null, revision };
}

function renderClients(api: ReturnType<typeof fakeApi>, lang: 'en' | 'fa' = 'en') {
  return render(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <Clients api={api as unknown as Api} pollMs={20} />
    </I18nContext.Provider>);
}

afterEach(cleanup);

describe('Clients', () => {
  it('shows the server page and the total', async () => {
    const api = fakeApi([{ clients: [client('alice'), client('bob', false)], total: 60, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    expect(await screen.findByText('alice')).toBeTruthy();
    expect(screen.getByText('Page 1 of 3 · 60 clients')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enable bob' })).toBeTruthy();
    expect(api.clients.mock.calls[0][0]).toMatchObject({ page: 1, size: 25, sort: 'name', status: 'all', q: '' });
  });

  it('refetches the visible page only when the summary revision changes', async () => {
    const page = { clients: [client('alice')], total: 1, page: 1, size: 25 };
    const api = fakeApi([page], [summaryAt('1'), summaryAt('1'), summaryAt('1'), summaryAt('2')]);
    renderClients(api);
    await screen.findByText('alice');
    await waitFor(() => expect(api.summary.mock.calls.length).toBeGreaterThanOrEqual(5));
    expect(api.clients).toHaveBeenCalledTimes(2);
  });

  it('asks the server for the filter, sort and next page the user picks', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 60, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'disabled' } });
    await waitFor(() => expect(api.clients).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'disabled' })));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'usage' } });
    await waitFor(() => expect(api.clients).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'usage' })));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.clients).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2 })));
    fireEvent.input(screen.getByLabelText('Search clients'), { target: { value: 'ali' } });
    await waitFor(() => expect(api.clients).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'ali', page: 1 })));
  });

  it('validates the quota before creating and sends bytes', async () => {
    const api = fakeApi([{ clients: [], total: 0, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('No clients match.');
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'carol' } });
    fireEvent.input(screen.getByLabelText('Quota (GB, 0 = unlimited)'), { target: { value: 'lots' } });
    fireEvent.submit(screen.getByRole('form', { name: 'New client' }));
    expect(await screen.findByText('Enter a number of gigabytes, 0 for unlimited.')).toBeTruthy();
    expect(api.createClient).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Quota (GB, 0 = unlimited)'), { target: { value: '2' } });
    fireEvent.submit(screen.getByRole('form', { name: 'New client' }));
    await waitFor(() => expect(api.createClient).toHaveBeenCalledWith('carol', expect.any(String), 2 * 1024 ** 3, '', 0));
    expect(await screen.findByText('Client “carol” created.')).toBeTruthy();
  });

  it('offers the interface only when there is a choice, and creates on the chosen one', async () => {
    const api = fakeApi([{ clients: [], total: 0, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('No clients match.');
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    await waitFor(() => expect(api.interfaces).toHaveBeenCalled());
    expect(screen.queryByLabelText('Interface')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    api.interfaces.mockResolvedValue([wgInterface(0, 'wg0'), wgInterface(2, 'wg2')]);
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    const select = await screen.findByLabelText('Interface');
    expect(within(select).getByText('wg2 · 10.0.2.1/24')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'dave' } });
    fireEvent.change(select, { target: { value: '2' } });
    fireEvent.submit(screen.getByRole('form', { name: 'New client' }));
    await waitFor(() => expect(api.createClient).toHaveBeenCalledWith('dave', expect.any(String), 0, '', 2));
  });

  it('deletes only after confirmation and toggles the state', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    window.confirm = confirm;
    fireEvent.click(screen.getByRole('button', { name: 'Delete alice' }));
    expect(api.deleteClient).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete alice' }));
    await waitFor(() => expect(api.deleteClient).toHaveBeenCalledWith('alice'));
    fireEvent.click(screen.getByRole('button', { name: 'Disable alice' }));
    await waitFor(() => expect(api.setClientEnabled).toHaveBeenCalledWith('alice', false));
    expect(confirm).toHaveBeenCalledWith('Delete client “alice”? This cannot be undone.');
    vi.unstubAllGlobals();
  });

  it('names every action of a row after the client, the rare ones behind "More"', async () => {
    const api = fakeApi([{ clients: [{ ...client('alice'), share_url: '/s/abc' }], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    for (const name of ['Edit alice', 'Disable alice', 'Config alice', 'Copy share link alice', 'Delete alice']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    const more = screen.getByText('More').closest('details') as HTMLDetailsElement;
    expect(more.querySelector('summary')?.getAttribute('aria-label')).toBe('More alice');
    for (const name of ['QR alice', 'Revoke link alice', 'Reset usage alice']) {
      expect(within(more).getByRole('button', { name })).toBeTruthy();
    }
    more.open = true;
    fireEvent.keyDown(within(more).getByRole('button', { name: 'QR alice' }), { key: 'Escape' });
    expect(more.open).toBe(false);
    expect(document.activeElement).toBe(more.querySelector('summary'));
    more.open = true;
    vi.stubGlobal('confirm', vi.fn(() => false));
    fireEvent.click(within(more).getByRole('button', { name: 'Reset usage alice' }));
    expect(more.open).toBe(false);
    vi.unstubAllGlobals();
  });

  it('edits a client in a dialog and shows the server sentence, a WireGuard warning as such', async () => {
    const api = fakeApi([{ clients: [{ ...client('alice'), note: 'office' }], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    api.updateClient.mockResolvedValueOnce({
      message: 'Client alice updated. WireGuard did not take the change (wg0 is down); it is retried.',
      data: { kernel: { applied: false, message: 'wg0 is down' } },
    });
    renderClients(api);
    await screen.findByText('alice');
    const loads = api.clients.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Edit alice' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit alice' });
    expect((within(dialog).getByLabelText('Note') as HTMLInputElement).value).toBe('office');
    expect((within(dialog).getByLabelText('Quota (GB, 0 = unlimited)') as HTMLInputElement).value).toBe('1');
    fireEvent.input(within(dialog).getByLabelText('Note'), { target: { value: 'home' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const notice = await screen.findByText('Client alice updated. WireGuard did not take the change (wg0 is down); it is retried.');
    expect(notice.className).toContain('warning');
    expect(api.updateClient).toHaveBeenCalledWith('alice', { note: 'home' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(api.clients.mock.calls.length).toBeGreaterThan(loads));
  });

  it('says so when the edit changed nothing, and closes on Escape', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    fireEvent.click(screen.getByRole('button', { name: 'Edit alice' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Nothing changed.')).toBeTruthy();
    expect(api.updateClient).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Edit alice' }));
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('creates with a quota in MB', async () => {
    const api = fakeApi([{ clients: [], total: 0, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('No clients match.');
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'carol' } });
    fireEvent.change(screen.getByLabelText('Quota unit'), { target: { value: 'MB' } });
    fireEvent.input(screen.getByLabelText('Quota (MB, 0 = unlimited)'), { target: { value: '-1' } });
    fireEvent.submit(screen.getByRole('form', { name: 'New client' }));
    expect(await screen.findByText('Enter a number of megabytes, 0 for unlimited.')).toBeTruthy();
    expect(api.createClient).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Quota (MB, 0 = unlimited)'), { target: { value: '512.5' } });
    fireEvent.submit(screen.getByRole('form', { name: 'New client' }));
    await waitFor(() => expect(api.createClient).toHaveBeenCalledWith('carol', expect.any(String), 512.5 * 1024 ** 2, '', 0));
  });

  it('resets the usage only after confirmation, then shows the server sentence and reloads', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Reset usage alice' }));
    expect(confirm).toHaveBeenCalledWith('Reset the used traffic of alice to 0?');
    expect(api.resetClientUsage).not.toHaveBeenCalled();
    const loads = api.clients.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Reset usage alice' }));
    expect(await screen.findByText('Usage of alice reset.')).toBeTruthy();
    expect(api.resetClientUsage).toHaveBeenCalledTimes(1);
    expect(api.resetClientUsage).toHaveBeenCalledWith('alice');
    await waitFor(() => expect(api.clients.mock.calls.length).toBeGreaterThan(loads));
    vi.unstubAllGlobals();
  });

  it('offers to revoke the share link only when there is one, after confirmation', async () => {
    const api = fakeApi([{ clients: [client('alice'), { ...client('bob'), share_url: '/s/tok' }], total: 2, page: 1, size: 25 }],
      [summaryAt('1')]);
    renderClients(api);
    await screen.findByText('alice');
    expect(screen.queryByRole('button', { name: 'Revoke link alice' })).toBeNull();
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke link bob' }));
    expect(confirm).toHaveBeenCalledWith('Revoke the share link of bob? The old link stops working.');
    expect(api.unshareClient).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke link bob' }));
    expect(await screen.findByText('Share link of bob revoked.')).toBeTruthy();
    expect(api.unshareClient).toHaveBeenCalledWith('bob');
    vi.unstubAllGlobals();
  });

  it('shows an API error of a row action', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    api.resetClientUsage.mockRejectedValueOnce(new Error('Client not found.'));
    renderClients(api);
    await screen.findByText('alice');
    vi.stubGlobal('confirm', vi.fn(() => true));
    fireEvent.click(screen.getByRole('button', { name: 'Reset usage alice' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Client not found.');
    vi.unstubAllGlobals();
  });

  it('shows the last handshake as a relative time with the exact time, and "never"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-10T12:00:00Z'));
    try {
      const recent = { ...client('alice'), last_handshake: '2030-01-10T11:57:00Z', connected_now: true };
      const api = fakeApi([{ clients: [recent, client('bob')], total: 2, page: 1, size: 25 }], [summaryAt('1')]);
      renderClients(api);
      await screen.findByText('alice');
      expect(screen.getByRole('columnheader', { name: 'Last handshake' })).toBeTruthy();
      const time = screen.getByText(/^3 min\.? ago$/);
      expect(time.tagName).toBe('TIME');
      expect(time.getAttribute('datetime')).toBe('2030-01-10T11:57:00Z');
      expect(time.getAttribute('title')).toBeTruthy();
      expect(time.closest('tr')?.dataset.client).toBe('alice');
      expect(time.closest('tr')?.querySelector('.dot.on')).toBeTruthy();
      expect(screen.getByText('never').closest('tr')?.dataset.client).toBe('bob');
      cleanup();
      renderClients(fakeApi([{ clients: [recent], total: 1, page: 1, size: 25 }], [summaryAt('1')]), 'fa');
      expect(await screen.findByText('۳ دقیقه پیش')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says why a client is disabled, translated', async () => {
    const page = {
      clients: [
        { ...client('alice', false), disabled_reason: 'quota' }, { ...client('bob', false), disabled_reason: 'manual' },
        { ...client('carol', false), disabled_reason: 'paused-by-bot' }, client('dave'),
      ],
      total: 4, page: 1, size: 25,
    };
    renderClients(fakeApi([page], [summaryAt('1')]));
    await screen.findByText('alice');
    const row = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
    expect(within(row('alice')).getByText('Disabled')).toBeTruthy();
    expect(within(row('alice')).getByText('(quota used up)')).toBeTruthy();
    expect(within(row('bob')).getByText('(manually)')).toBeTruthy();
    expect(within(row('carol')).getByText('(paused-by-bot)')).toBeTruthy();
    expect(row('dave').querySelector('.reason')).toBeNull();
    cleanup();
    renderClients(fakeApi([page], [summaryAt('1')]), 'fa');
    await screen.findByText('alice');
    expect(within(row('alice')).getByText('(سهمیه تمام شد)')).toBeTruthy();
    expect(within(row('bob')).getByText('(دستی)')).toBeTruthy();
  });

  it('speaks Persian', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api, 'fa');
    await screen.findByText('alice');
    expect(screen.getByRole('heading', { name: 'کاربران' })).toBeTruthy();
    expect(screen.getByLabelText('جستجوی کاربران')).toBeTruthy();
  });
});
