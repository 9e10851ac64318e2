import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

export const MP_ROOT = path.resolve(__dirname, '../../../miniprogram');

type Json = Record<string, unknown>;
export type Rendered = ReturnType<typeof simulate.render>;

const componentIds = new Map<string, string>();

/** Our own components (`/components/...`) a page uses, registered with simulate once per test file. */
function componentsOf(jsonFile: string, forPage: boolean): Record<string, string> {
  const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { usingComponents?: Record<string, string> };
  // app.json's global components reach pages; our components name what they use themselves.
  const app = forPage ? (JSON.parse(fs.readFileSync(path.join(MP_ROOT, 'app.json'), 'utf8')) as { usingComponents?: Record<string, string> }) : {};
  const using = { ...app.usingComponents, ...json.usingComponents };
  const ids: Record<string, string> = {};
  for (const [tag, ref] of Object.entries(using)) {
    const file = path.join(MP_ROOT, ref);
    let id = componentIds.get(file);
    if (!id) {
      const usingComponents = componentsOf(`${file}.json`, false);
      jest.isolateModules(() => {
        id = simulate.load(file, tag, { compiler: 'simulate', rootPath: MP_ROOT, usingComponents });
      });
      componentIds.set(file, id!);
    }
    ids[tag] = id!;
  }
  return ids;
}

/**
 * Opens a page as the framework would: registers it (fresh module, so Page() runs again), renders
 * it into the document, then calls onLoad(query) and onShow().
 */
export function openPage(page: string, query: Record<string, string> = {}): Rendered {
  const file = path.join(MP_ROOT, 'pages', page, page);
  let id = '';
  const usingComponents = componentsOf(`${file}.json`, true);
  jest.isolateModules(() => {
    id = simulate.load(file, { compiler: 'simulate', rootPath: MP_ROOT, usingComponents });
  });
  const comp = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  comp.attach(parent);
  const instance = comp.instance as unknown as { onLoad?: (q: Json) => void; onShow?: () => void };
  instance.onLoad?.(query);
  instance.onShow?.();
  return comp;
}

/** Lets pending promises (the fake API's answers, setData) run; works under fake timers. */
export async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** The visible text of the page (or of one element), whitespace folded. */
export function textOf(comp: Rendered, selector?: string): string {
  const root = selector ? comp.querySelector(selector) : comp;
  if (!root) throw new Error(`no element matches ${selector}`);
  return (root.dom as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
}

/** Every element matching the selector, as simulate wrappers. */
export function all(comp: Rendered, selector: string) {
  return comp.querySelectorAll(selector);
}

/** Taps the first element matching the selector and lets the handler's promises run. */
export async function tap(comp: Rendered, selector: string): Promise<void> {
  const el = comp.querySelector(selector);
  if (!el) throw new Error(`nothing to tap at ${selector}; page shows: ${textOf(comp)}`);
  el.dispatchEvent('tap');
  await settle();
}

/** Types into an <input> (fires its bindinput with the value). */
export async function type(comp: Rendered, selector: string, value: string): Promise<void> {
  const el = comp.querySelector(selector);
  if (!el) throw new Error(`no input at ${selector}`);
  el.dispatchEvent('input', { detail: { value } });
  await settle();
}
