import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { Api } from './api';
import { App, screenFromHash } from './App';

function fakeApi() {
  return {
    loggedIn: true,
    installed: vi.fn(async () => true),
    logout: vi.fn(async () => {}),
    dashboard: vi.fn(() => new Promise(() => {})),
    interfaces: vi.fn(async () => []),
    auditLog: vi.fn(async (page: number, size: number) => ({ entries: [], page, size, total: 0 })),
  };
}

afterEach(() => {
  cleanup();
  location.hash = '';
  localStorage.clear();
});

describe('App', () => {
  it('routes by hash: a deep link opens its screen, the nav marks it, a hash change switches', async () => {
    location.hash = '#/interfaces';
    const api = fakeApi();
    render(<App api={api as unknown as Api} />);
    expect(await screen.findByRole('heading', { name: 'Interfaces' })).toBeTruthy();
    await waitFor(() => expect(api.interfaces).toHaveBeenCalled());
    expect(screen.getByRole('link', { name: 'Interfaces' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main menu' }).querySelectorAll('a')).toHaveLength(5);
    expect(document.title).toBe('Interfaces · CandyPanel');
    await act(async () => {
      location.hash = '#/audit';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeTruthy();
    await waitFor(() => expect(api.auditLog).toHaveBeenCalledWith(1, 50));
  });

  it('maps hashes to screens, unknown ones to the dashboard', () => {
    expect(screenFromHash('#/clients')).toBe('clients');
    expect(screenFromHash('#/settings')).toBe('settings');
    expect(screenFromHash('#/audit?page=2')).toBe('audit');
    expect(screenFromHash('#/')).toBe('dashboard');
    expect(screenFromHash('')).toBe('dashboard');
    expect(screenFromHash('#/nope')).toBe('dashboard');
    expect(screenFromHash('#/constructor')).toBe('dashboard');
  });

  it('shows the dashboard for an unknown hash', async () => {
    location.hash = '#/nope';
    render(<App api={fakeApi() as unknown as Api} />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page'));
  });
});
