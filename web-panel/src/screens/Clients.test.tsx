import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Api, Client, ClientPage, ClientQuery, Summary } from '../api';
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
    setClientEnabled: vi.fn(async () => ({})),
    deleteClient: vi.fn(async () => ({})),
  };
  return api;
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
    await waitFor(() => expect(api.createClient).toHaveBeenCalledWith('carol', expect.any(String), 2 * 1024 ** 3, ''));
    expect(await screen.findByText('Client “carol” created.')).toBeTruthy();
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

  it('speaks Persian', async () => {
    const api = fakeApi([{ clients: [client('alice')], total: 1, page: 1, size: 25 }], [summaryAt('1')]);
    renderClients(api, 'fa');
    await screen.findByText('alice');
    expect(screen.getByRole('heading', { name: 'کاربران' })).toBeTruthy();
    expect(screen.getByLabelText('جستجوی کاربران')).toBeTruthy();
  });
});
