/**
 * The WeChat runtime's calls the pages make, faked: `wx.request` answers from per-route handlers
 * (the server's fixtures), storage is a Map, navigation and toasts are recorded.
 */
type Answer = { status?: number; data?: unknown } | ((body: unknown, url: string) => { status?: number; data?: unknown });

export interface FakeWx {
  /** `'GET /api/mp/courses'` → answer; the query string is not part of the key. */
  routes: Map<string, Answer>;
  /** Every request made, in order, as `METHOD path?query` with its body. */
  calls: { key: string; url: string; body: unknown; auth: string | undefined }[];
  storage: Map<string, unknown>;
  toasts: string[];
  navigations: { how: string; url: string }[];
  clipboard: string[];
  /** Files handed to the photo album; set `albumDenied` to answer like a refused permission. */
  album: string[];
  albumDenied: boolean;
  /** What wx.requestSubscribeMessage answers: template id → accept | reject | ban. */
  subscribeAnswer: Record<string, string>;
  answer(route: string, answer: Answer): FakeWx;
  called(route: string): boolean;
}

export function installFakeWx(): FakeWx {
  const fake: FakeWx = {
    routes: new Map(),
    calls: [],
    storage: new Map(),
    toasts: [],
    navigations: [],
    clipboard: [],
    subscribeAnswer: {},
    album: [],
    albumDenied: false,
    answer(route, answer) {
      this.routes.set(route, answer);
      return this;
    },
    called(route) {
      return this.calls.some((c) => c.key === route || c.key.startsWith(`${route}?`));
    },
  };
  const wxFake = {
    request(options: { url: string; method?: string; data?: unknown; header?: Record<string, string>; success?: (r: unknown) => void; fail?: (e: unknown) => void }) {
      const url = new URL(options.url);
      const method = options.method ?? 'GET';
      const key = `${method} ${url.pathname}`;
      fake.calls.push({ key: `${key}${url.search}`, url: options.url, body: options.data, auth: options.header?.Authorization });
      const handler = fake.routes.get(key);
      const answer = typeof handler === 'function' ? handler(options.data, options.url) : handler;
      Promise.resolve().then(() => {
        if (answer === undefined) options.success?.({ statusCode: 404, data: { error: { code: 'not_found', message: `no fixture for ${key}` } }, header: {} });
        else if (answer.status === 0) options.fail?.({ errMsg: 'request:fail' });
        else options.success?.({ statusCode: answer.status ?? 200, data: answer.data, header: {} });
      });
      return { abort() {} };
    },
    login(o: { success?: (r: { code: string }) => void }) {
      Promise.resolve().then(() => o.success?.({ code: 'wx-code' }));
    },
    getStorageSync: (k: string) => (fake.storage.has(k) ? fake.storage.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => void fake.storage.set(k, v),
    removeStorageSync: (k: string) => void fake.storage.delete(k),
    showToast: (o: { title: string }) => void fake.toasts.push(o.title),
    showLoading: () => undefined,
    hideLoading: () => undefined,
    showModal: (o: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) => {
      Promise.resolve().then(() => o.success?.({ confirm: true, cancel: false }));
    },
    navigateTo: (o: { url: string }) => void fake.navigations.push({ how: 'navigateTo', url: o.url }),
    redirectTo: (o: { url: string }) => void fake.navigations.push({ how: 'redirectTo', url: o.url }),
    switchTab: (o: { url: string }) => void fake.navigations.push({ how: 'switchTab', url: o.url }),
    reLaunch: (o: { url: string }) => void fake.navigations.push({ how: 'reLaunch', url: o.url }),
    navigateBack: () => void fake.navigations.push({ how: 'navigateBack', url: '' }),
    setNavigationBarTitle: () => undefined,
    /** Downloads answer from the same routes as requests: a 200 gives a temp file named after the path. */
    downloadFile(options: { url: string; header?: Record<string, string>; success?: (r: unknown) => void; fail?: (e: unknown) => void }) {
      const url = new URL(options.url);
      const key = `GET ${url.pathname}`;
      fake.calls.push({ key, url: options.url, body: undefined, auth: options.header?.Authorization });
      const handler = fake.routes.get(key);
      const answer = typeof handler === 'function' ? handler(undefined, options.url) : handler;
      Promise.resolve().then(() => {
        if (answer?.status === 0) options.fail?.({ errMsg: 'downloadFile:fail' });
        else options.success?.({ statusCode: answer ? (answer.status ?? 200) : 404, tempFilePath: `wxfile://tmp${url.pathname}` });
      });
    },
    saveImageToPhotosAlbum(o: { filePath: string; success?: () => void; fail?: (e: { errMsg: string }) => void }) {
      Promise.resolve().then(() => {
        if (fake.albumDenied) o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
        else {
          fake.album.push(o.filePath);
          o.success?.();
        }
      });
    },
    openSetting: () => undefined,
    stopPullDownRefresh: () => undefined,
    setClipboardData: (o: { data: string; success?: () => void }) => {
      fake.clipboard.push(o.data);
      o.success?.();
    },
    requestSubscribeMessage: (o: { tmplIds: string[]; success?: (r: Record<string, string>) => void }) => {
      Promise.resolve().then(() => o.success?.({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(o.tmplIds.map((id) => [id, fake.subscribeAnswer[id] ?? 'accept'])) }));
    },
  };
  (globalThis as unknown as { wx: unknown }).wx = wxFake;
  return fake;
}
