import { ensureSession } from './services/api';

App({
  onLaunch() {
    // Sign in early so the first page's calls find a token; pages still sign in on their own if this fails.
    ensureSession().catch(() => undefined);
  },
});
