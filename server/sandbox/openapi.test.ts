import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
let doc: {
  openapi: string;
  servers: { url: string }[];
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema: Record<string, unknown> }[]; responses: Record<string, unknown> }>
  >;
  components: { securitySchemes: Record<string, unknown> };
};
beforeAll(async () => {
  s = await startTestServer();
  const res = await s.call({ method: 'GET', url: '/webapi/swagger/docs/3', headers: { host: 'dash.example:8080' } });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => s.close());

describe('GET /swagger/docs/3', () => {
  it('is an OpenAPI 3 document with an absolute server URL, for importing into Postman', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.servers).toEqual([{ url: 'http://dash.example:8080/webapi' }]);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearer', 'oauth2']);
  });

  it('documents exactly the routes the sandbox serves', () => {
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        'POST /oauth2/token',
        'GET /v3/jobs',
        'GET /v3/jobs/{jobId}',
        'DELETE /v3/jobs/{jobId}',
        'GET /v3/jobs/{jobId}/messages',
        'GET /v3/workflows',
        'GET /v3/workflows/{workflowId}/jobs',
        'POST /v3/workflows/{workflowId}/jobs',
        'GET /v3/users',
        'GET /v1/jobs/{jobId}/output/{outputId}',
      ].sort(),
    );
  });

  it('takes its parameters from the same schemas that validate the routes', async () => {
    const params = doc.paths['/v3/jobs']!.get!.parameters!;
    expect(params.map((p) => p.name).sort()).toEqual(
      [
        'allUsers',
        'completedAfter',
        'completedBefore',
        'direction',
        'limit',
        'offset',
        'priorities',
        'sortField',
        'statuses',
        'users',
        'workflowNames',
      ].sort(),
    );
    const sort = params.find((p) => p.name === 'sortField')!.schema;
    expect(sort.enum).toEqual(['CreateDate', 'AppName', 'CompletionDateTime', 'Priority', 'Status']);
    const statuses = params.find((p) => p.name === 'statuses')!.schema as { type: string; items: { enum: string[] } };
    expect(statuses.type).toBe('array');
    expect(statuses.items.enum).toEqual(['Queued', 'Initializing', 'Running', 'Complete']);
    // What the document promises, the route enforces.
    const token = await s.token();
    expect((await s.get('/webapi/v3/jobs?sortField=Bogus', token)).statusCode).toBe(400);
  });

  it('documents the error answers', () => {
    expect(Object.keys(doc.paths['/v3/jobs/{jobId}']!.delete!.responses).sort()).toEqual(['200', '400', '401', '404']);
  });
});
