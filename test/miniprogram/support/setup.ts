// Runs before each mini-program test file: the globals page code expects from the WeChat runtime.
import 'miniprogram-simulate';

type Fn = (...args: unknown[]) => unknown;
const g = globalThis as unknown as Record<string, unknown>;

/**
 * miniprogram-simulate renders components; a Page is registered as one. Its functions become
 * methods (so onLoad and handlers are callable on the instance) and its other fields are copied
 * onto the instance, as Page() does.
 */
g.Page = (options: Record<string, unknown>) => {
  const methods: Record<string, Fn> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'data') continue;
    if (typeof value === 'function') methods[key] = value as Fn;
    else fields[key] = value;
  }
  return (g.Component as Fn)({
    data: options.data,
    methods,
    lifetimes: {
      created(this: Record<string, unknown>) {
        Object.assign(this, JSON.parse(JSON.stringify(fields)));
      },
    },
  });
};
g.App = () => undefined;
g.getApp = () => ({ globalData: {} });
