import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Api, AuditEntry, AuditPage } from '../api';
import { I18nContext, translate } from '../i18n';
import { Audit } from './Audit';

function entries(page: number): AuditEntry[] {
  return Array.from({ length: 50 }, (_, i) => ({
    at: new Date(Date.UTC(2030, 0, 1) - (page * 50 + i) * 60_000).toISOString(), actor: 'admin',
    action: 'client.update', target: `client-${page}-${i}`, detail: i === 0 ? 'status false' : null,
  }));
}

function fakeApi(total = 120) {
  return { auditLog: vi.fn(async (page: number, size: number): Promise<AuditPage> => ({ entries: entries(page), page, size, total })) };
}

function renderAudit(api: ReturnType<typeof fakeApi>, lang: 'en' | 'fa' = 'en') {
  return render(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <Audit api={api as unknown as Api} />
    </I18nContext.Provider>);
}

afterEach(cleanup);

describe('Audit', () => {
  it('shows 50 entries a page with time, actor, action, target and detail', async () => {
    const api = fakeApi();
    renderAudit(api);
    expect(await screen.findByText('client-1-0')).toBeTruthy();
    expect(api.auditLog).toHaveBeenCalledWith(1, 50);
    expect(screen.getByRole('columnheader', { name: 'Detail' })).toBeTruthy();
    expect(screen.getByText('status false')).toBeTruthy();
    expect(screen.getAllByText('client.update')).toHaveLength(50);
    expect(screen.getByText('Page 1 of 3 · 120 entries')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('requests page 2 and back', async () => {
    const api = fakeApi();
    renderAudit(api);
    await screen.findByText('client-1-0');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.auditLog).toHaveBeenLastCalledWith(2, 50));
    expect(await screen.findByText('client-2-0')).toBeTruthy();
    expect(screen.getByText('Page 2 of 3 · 120 entries')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Page 3 of 3 · 120 entries');
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(api.auditLog).toHaveBeenLastCalledWith(2, 50));
  });

  it('speaks Persian', async () => {
    renderAudit(fakeApi(10), 'fa');
    expect(await screen.findByRole('heading', { name: 'گزارش رویدادها' })).toBeTruthy();
    expect(await screen.findByText('صفحه 1 از 1 · 10 رویداد')).toBeTruthy();
  });
});
