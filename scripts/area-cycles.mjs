// Folder-level import cycles ("areas"): dependency-cruiser's no-circular rule sees files, so two
// areas that import each other through different files (quizzes/authoring → courses/model and
// courses/routes → quizzes/schemas) pass it. This reads depcruise's JSON on stdin, collapses each
// module to its area and fails on any cycle between areas.
//   npx depcruise --config .dependency-cruiser.cjs -T json src bots jobs | node scripts/area-cycles.mjs
import { readFileSync } from 'node:fs';

/**
 * The domain areas are the folders of src/ (offices, people, quizzes, …), and src/http is one
 * more. An area's HTTP routes (routes.ts, *-routes.ts) are its edge, not its domain: they may use
 * src/http, whose guards use the areas' use cases. Every other file stands for itself.
 */
export function areaOf(path) {
  const m = /^src\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) return path;
  return /(^|-)routes\.ts$/.test(m[2]) ? `src/${m[1]}/routes` : `src/${m[1]}`;
}

export function areaCycles(modules) {
  const edges = new Map();
  for (const mod of modules) {
    const from = areaOf(mod.source);
    for (const dep of mod.dependencies ?? []) {
      if (dep.coreModule || dep.couldNotResolve || !/^(src|bots|jobs)\//.test(dep.resolved)) continue;
      const to = areaOf(dep.resolved);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${mod.source} → ${dep.resolved}`);
    }
  }
  // Tarjan's strongly connected components: each component with more than one area is a cycle.
  let index = 0;
  const stack = [];
  const info = new Map();
  const cycles = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.map((a) => ({ area: a, via: [...(edges.get(a) ?? new Map()).entries()].filter(([to]) => component.includes(to)).map(([, via]) => via) })));
    }
  };
  for (const v of edges.keys()) if (!info.has(v)) visit(v);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { modules } = JSON.parse(readFileSync(0, 'utf8'));
  const cycles = areaCycles(modules);
  for (const cycle of cycles) {
    process.stdout.write(`error area cycle: ${cycle.map((c) => c.area).join(' ⇄ ')}\n`);
    for (const c of cycle) for (const via of c.via) process.stdout.write(`    ${via}\n`);
  }
  if (cycles.length) process.exit(1);
  process.stdout.write(`✔ no import cycles between areas (${modules.length} modules)\n`);
}
