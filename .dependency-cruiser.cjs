/**
 * The module map of docs/ARCHITECTURE.md, checked on every CI run (`npm run check:boundaries`).
 * Layers: src/shared (pure, used by both sides) ← src/server/infra (database, HTTP plumbing, live transport, mail
 * outbox) ← src/server/modules/<module> (one domain capability each) ← src/server/app.ts (the composition root).
 */
const MODULE = '^src/server/modules/([^/]+)/';
const TEST = '(\\.test\\.ts$|^src/server/test/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two parts one. Tables are exempt: users and companies reference each other by foreign key.',
      from: { pathNot: '\\.table\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'infra-knows-no-module',
      severity: 'error',
      comment:
        'Infrastructure serves every module and depends on none; features register with it from the composition root. Only the schema aggregate gathers the modules\' tables.',
      from: { path: '^src/server/infra/', pathNot: [TEST, '^src/server/infra/db/schema\\.ts$'] },
      to: { path: '^src/server/(modules/|app\\.ts|main\\.ts)' },
    },
    {
      name: 'module-public-face',
      severity: 'error',
      comment:
        "A module reaches another only through its index.ts (or its table, the database's shape); its repository, use cases and policies stay private.",
      from: { path: MODULE, pathNot: TEST },
      to: { path: '^src/server/modules/[^/]+/', pathNot: ['^src/server/modules/$1/', '/index\\.ts$', '\\.table\\.ts$'] },
    },
    {
      name: 'sql-in-repositories',
      severity: 'error',
      comment: 'Inside a module, only repositories and tables talk to the database.',
      from: { path: MODULE, pathNot: [TEST, '\\.(repository|table)\\.ts$'] },
      to: { path: '^node_modules/drizzle-orm/' },
    },
    {
      name: 'routes-in-route-files',
      severity: 'error',
      comment: 'Only a module\'s *.routes.ts registers HTTP routes.',
      from: { path: MODULE, pathNot: [TEST, '\\.routes\\.ts$'] },
      to: { path: '^src/server/infra/http/routes\\.ts$' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'src/shared runs in the browser and on the server: no Node built-ins, no server or web code, no I/O libraries.',
      from: { path: '^src/shared/' },
      to: {
        path: ['^src/(server|web)/', '^node_modules/(drizzle-orm|fastify|pg|@electric-sql|react|@mantine|nodemailer)/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment: 'The browser bundle talks to the server over HTTP only.',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      from: { path: '^src/', pathNot: [TEST, '\\.test\\.tsx?$'] },
      to: { path: [TEST, '\\.test\\.tsx?$'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '(^dist/|\\.css$)' },
  },
};
