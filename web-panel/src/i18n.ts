import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'en' | 'fa';

const en = {
  appName: 'CandyPanel',
  language: 'Language',
  loading: 'Loading…',
  logout: 'Log out',
  navDashboard: 'Dashboard',
  navClients: 'Clients',
  installTitle: 'Set up the panel',
  installIntro: 'First run: choose the server address, the WireGuard port and the admin account.',
  serverIp: 'Server IP or host name',
  wgPort: 'WireGuard port',
  addressRange: 'Address range (CIDR)',
  dns: 'DNS server',
  adminUser: 'Admin user name',
  adminPassword: 'Admin password',
  install: 'Install',
  loginTitle: 'Log in',
  username: 'User name',
  password: 'Password',
  login: 'Log in',
  cpu: 'CPU',
  memory: 'Memory',
  download: 'Download',
  upload: 'Upload',
  clientsTotal: 'Clients',
  clientsConnected: 'Connected',
  bandwidth: 'Bandwidth',
  uptime: 'Uptime',
  kernelMode: 'Kernel mode',
  lastSync: 'Last sync',
  alerts: 'Alerts',
  noAlerts: 'No alerts.',
  search: 'Search clients',
  sortBy: 'Sort by',
  descending: 'Descending',
  statusFilter: 'Status',
  pageSize: 'Per page',
  sort_name: 'Name',
  sort_created_at: 'Created',
  sort_expires: 'Expiry',
  sort_usage: 'Usage',
  sort_status: 'Status',
  status_all: 'All',
  status_enabled: 'Enabled',
  status_disabled: 'Disabled',
  status_connected: 'Connected',
  status_expired: 'Expired',
  status_over_quota: 'Over quota',
  newClient: 'New client',
  clientName: 'Name',
  expires: 'Expires',
  quotaGb: 'Quota (GB, 0 = unlimited)',
  note: 'Note',
  create: 'Create',
  cancel: 'Cancel',
  close: 'Close',
  name: 'Name',
  address: 'Address',
  usage: 'Usage',
  state: 'State',
  actions: 'Actions',
  enabled: 'Enabled',
  disabled: 'Disabled',
  connected: 'connected',
  enable: 'Enable',
  disable: 'Disable',
  delete: 'Delete',
  config: 'Config',
  qr: 'QR',
  shareLink: 'Copy share link',
  copied: 'Share link copied.',
  confirmDelete: 'Delete client “{name}”? This cannot be undone.',
  unlimited: 'unlimited',
  noClients: 'No clients match.',
  pageOf: 'Page {page} of {pages} · {total} clients',
  previous: 'Previous',
  next: 'Next',
  invalidQuota: 'Enter a number of gigabytes, 0 for unlimited.',
  invalidExpiry: 'Enter a date and time.',
  created: 'Client “{name}” created.',
  qrOf: 'QR code of {name}',
};

export type MessageKey = keyof typeof en;

const fa: Record<MessageKey, string> = {
  appName: 'کندی‌پنل',
  language: 'زبان',
  loading: 'در حال بارگذاری…',
  logout: 'خروج',
  navDashboard: 'داشبورد',
  navClients: 'کاربران',
  installTitle: 'راه‌اندازی پنل',
  installIntro: 'اجرای نخست: نشانی سرور، درگاه وایرگارد و حساب مدیر را انتخاب کنید.',
  serverIp: 'آی‌پی یا نام میزبان سرور',
  wgPort: 'درگاه وایرگارد',
  addressRange: 'بازه نشانی (CIDR)',
  dns: 'سرور DNS',
  adminUser: 'نام کاربری مدیر',
  adminPassword: 'گذرواژه مدیر',
  install: 'نصب',
  loginTitle: 'ورود',
  username: 'نام کاربری',
  password: 'گذرواژه',
  login: 'ورود',
  cpu: 'پردازنده',
  memory: 'حافظه',
  download: 'دریافت',
  upload: 'ارسال',
  clientsTotal: 'کاربران',
  clientsConnected: 'متصل',
  bandwidth: 'پهنای باند',
  uptime: 'زمان کارکرد',
  kernelMode: 'حالت هسته',
  lastSync: 'آخرین همگام‌سازی',
  alerts: 'هشدارها',
  noAlerts: 'هشداری نیست.',
  search: 'جستجوی کاربران',
  sortBy: 'مرتب‌سازی',
  descending: 'نزولی',
  statusFilter: 'وضعیت',
  pageSize: 'در هر صفحه',
  sort_name: 'نام',
  sort_created_at: 'تاریخ ساخت',
  sort_expires: 'انقضا',
  sort_usage: 'مصرف',
  sort_status: 'وضعیت',
  status_all: 'همه',
  status_enabled: 'فعال',
  status_disabled: 'غیرفعال',
  status_connected: 'متصل',
  status_expired: 'منقضی',
  status_over_quota: 'بیش از سهمیه',
  newClient: 'کاربر جدید',
  clientName: 'نام',
  expires: 'انقضا',
  quotaGb: 'سهمیه (گیگابایت، ۰ = نامحدود)',
  note: 'یادداشت',
  create: 'ساختن',
  cancel: 'انصراف',
  close: 'بستن',
  name: 'نام',
  address: 'نشانی',
  usage: 'مصرف',
  state: 'وضعیت',
  actions: 'کارها',
  enabled: 'فعال',
  disabled: 'غیرفعال',
  connected: 'متصل',
  enable: 'فعال‌سازی',
  disable: 'غیرفعال‌سازی',
  delete: 'حذف',
  config: 'پیکربندی',
  qr: 'کد QR',
  shareLink: 'کپی پیوند اشتراک',
  copied: 'پیوند اشتراک کپی شد.',
  confirmDelete: 'کاربر «{name}» حذف شود؟ این کار بازگشت‌پذیر نیست.',
  unlimited: 'نامحدود',
  noClients: 'کاربری پیدا نشد.',
  pageOf: 'صفحه {page} از {pages} · {total} کاربر',
  previous: 'قبلی',
  next: 'بعدی',
  invalidQuota: 'تعداد گیگابایت را وارد کنید؛ ۰ یعنی نامحدود.',
  invalidExpiry: 'تاریخ و ساعت را وارد کنید.',
  created: 'کاربر «{name}» ساخته شد.',
  qrOf: 'کد QR {name}',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fa };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

export function direction(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

/** Sets <html lang dir> so the whole page, not only the app root, flips for Persian. */
export function applyLanguage(lang: Lang, root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = direction(lang);
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: (key, vars) => translate('en', key, vars) });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
