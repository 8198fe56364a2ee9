// End-to-end test of the web panel in headless Chromium against a running panel.
// Usage: node src/e2e/panel.e2e.mjs <panel-url> <screenshot-dir>
// Debian's chromium at /usr/bin/chromium, driven by playwright-core (no browser download).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, outDir] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: panel.e2e.mjs <panel-url> <screenshot-dir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'candypanel-chromium-'));
const PASSWORD = 'e2e-admin-password';
const CLIENT = 'e2e-alice';

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(15_000);
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
const shot = (name) => page.screenshot({ path: join(outDir, name + '.png'), fullPage: true });
const steps = [];
const step = async (name, body) => {
  const started = Date.now();
  await body();
  steps.push(`${name} (${Date.now() - started} ms)`);
  console.log('ok -', name);
};

try {
  await step('install wizard', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Set up the panel' }).waitFor();
    await shot('01-install');
    await page.getByLabel('Server IP or host name').fill('127.0.0.1');
    await page.getByLabel('WireGuard port').fill('51820');
    await page.getByLabel('Admin password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Install' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('Kernel mode').waitFor();
    await shot('02-dashboard');
  });

  await step('log out and log in', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  await step('create a client', async () => {
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('Name', { exact: true }).fill(CLIENT);
    await page.getByLabel('Quota (GB, 0 = unlimited)').fill('5');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Client “${CLIENT}” created.`).waitFor();
  });

  await step('it appears in the list', async () => {
    const row = page.locator(`tr[data-client="${CLIENT}"]`);
    await row.getByText('Enabled').waitFor();
    await row.getByText('5 GB').waitFor();
    await page.getByLabel('Search clients').fill('alice');
    await page.getByText('Page 1 of 1 · 1 clients').waitFor();
    await shot('03-clients');
  });

  await step('download its config', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Config ${CLIENT}` }).click(),
    ]);
    if (download.suggestedFilename() !== CLIENT + '.conf') throw new Error('config file name ' + download.suggestedFilename());
    const text = readFileSync(await download.path(), 'utf8');
    if (!text.includes('[Interface]') || !text.includes('[Peer]')) throw new Error('not a WireGuard config:\n' + text);
  });

  await step('disable it', async () => {
    await page.getByRole('button', { name: `Disable ${CLIENT}` }).click();
    await page.getByRole('button', { name: `Enable ${CLIENT}` }).waitFor();
    await page.locator(`tr[data-client="${CLIENT}"]`).getByText('Disabled').waitFor();
    await shot('04-disabled');
  });

  await step('Persian, right to left', async () => {
    await page.getByLabel('Language').selectOption('fa');
    await page.getByRole('heading', { name: 'کاربران' }).waitFor();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 5000 });
    await shot('05-persian-rtl');
  });

  await step('reload keeps the session and the language (SPA fallback on a deep link too)', async () => {
    await page.goto(new URL('/some/deep/link', url).toString());
    await page.getByRole('heading', { name: 'داشبورد' }).waitFor();
  });

  if (errors.length) throw new Error('browser errors:\n' + errors.join('\n'));
  console.log(JSON.stringify({ ok: true, steps }));
} catch (e) {
  await shot('failure').catch(() => {});
  console.error('E2E FAILED:', e?.stack ?? e);
  console.error(JSON.stringify({ ok: false, steps, errors }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
