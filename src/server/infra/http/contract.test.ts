import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract.js';
import { withTestApp } from '../../test/test-app.js';

const t = withTestApp();

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('the API contract', () => {
  it('is what the server registers and documents: every route of it, and every JSON API route in it', () => {
    const document = t.app.swagger() as {
      paths: Record<string, Record<string, { summary?: string; tags?: string[] }>>;
    };
    const routes = Object.values(contract).flatMap((module) => Object.values(module));
    for (const route of routes) {
      const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toMatchObject({
        summary: route.summary,
        tags: [route.tag],
      });
    }
    const inContract = new Set(routes.map((route) => `${route.method} ${openApiPath(route.path)}`));
    const documentedApi = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
    expect(documentedApi.filter((route) => !inContract.has(route))).toEqual([]);
  });
});
