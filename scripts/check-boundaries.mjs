// The boundary check of CI: dependency-cruiser's rules file by file (.dependency-cruiser.cjs), then the same graph
// seen module by module, where no two modules may depend on each other, however indirectly. dependency-cruiser
// finds cycles between files only; a cycle between modules whose files never close a loop still ties them together.
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');
const result = await cruise(['src'], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
});
const { modules, summary } = result.output;

for (const violation of summary.violations) {
  const via = violation.cycle ? ` (via ${violation.cycle.map((step) => step.name ?? step).join(' → ')})` : '';
  console.error(`${violation.rule.name}: ${violation.from} → ${violation.to}${via}`);
}

/**
 * `modules/<name>` or `infra/<name>`, for a file inside one. Tests do not count, nor do tables: they are the
 * database's shape, which every module may read, and the schema aggregate gathers them all.
 */
const partOf = (file) => file.match(/^src\/server\/((?:modules|infra)\/[^/]+)\//)?.[1];
const counts = (file) =>
  partOf(file) && !/(\.test|\.table)\.ts$/.test(file) && !file.endsWith('infra/db/schema.ts');
const edges = new Map();
for (const file of modules) {
  if (!counts(file.source)) continue;
  const from = partOf(file.source);
  for (const dependency of file.dependencies) {
    if (!counts(dependency.resolved)) continue;
    const to = partOf(dependency.resolved);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${file.source} → ${dependency.resolved}`);
  }
}

// Modules that reach each other are one strongly connected component (Tarjan's algorithm).
const components = [];
const index = new Map();
const low = new Map();
const stack = [];
const connect = (node) => {
  index.set(node, index.size);
  low.set(node, index.get(node));
  stack.push(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!index.has(next)) {
      connect(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (stack.includes(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  }
};
for (const node of [...edges.keys()].sort()) if (!index.has(node)) connect(node);
for (const component of components) {
  console.error(`module cycle: ${component.join(', ')} depend on each other:`);
  for (const from of component) {
    for (const [to, example] of edges.get(from) ?? [])
      if (component.includes(to)) console.error(`  ${example}`);
  }
}
const cycles = components;

const failures = summary.error + cycles.length;
console.log(
  `${summary.totalCruised} files, ${summary.totalDependenciesCruised} imports, ${edges.size} modules: ` +
    `${summary.error} rule violations, ${cycles.length} module cycles`,
);
process.exit(failures > 0 ? 1 : 0);
