/**
 * The sandbox: a stand-in Alteryx Server on SQLite, mounted at /webapi. Its routes are
 * validated by the contract's schemas, which also make its OpenAPI document.
 */
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { authenticate } from './auth.ts';
import type { SandboxContext } from './context.ts';
import { installErrorHandling } from './errors.ts';
import { jobRoutes } from './routes/jobs.ts';
import { outputRoutes } from './routes/outputs.ts';
import { tokenRoutes } from './routes/token.ts';
import { userRoutes } from './routes/users.ts';
import { workflowRoutes } from './routes/workflows.ts';

export function sandboxPlugin(ctx: SandboxContext) {
  return async function sandbox(app: FastifyInstance): Promise<void> {
    app.setValidatorCompiler(validatorCompiler);
    // Plain JSON: the handlers' return types come from the contract's schemas, and the API tests
    // parse answers with them; parsing every answer at run time cost the job list a tenth of its throughput.
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    installErrorHandling(app);
    app.addHook('onRequest', async (request) => authenticate(request, ctx.tokens, ctx.now()));
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Alteryx Server V3 Jobs API (sandbox)',
          version: '3',
          description: 'The subset of the Alteryx Server Web API that the jobs dashboard uses, as served by its sandbox.',
        },
        servers: [{ url: '/webapi' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer' },
            oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/webapi/oauth2/token', scopes: {} } } },
          },
        },
        security: [{ bearer: [] }, { oauth2: [] }],
      },
      transform: (input) => {
        const out = jsonSchemaTransform(input);
        // Paths are documented relative to the server URL, /webapi.
        return { ...out, url: out.url.replace(/^\/webapi/, '') };
      },
    });
    await app.register(tokenRoutes(ctx));
    await app.register(jobRoutes(ctx));
    await app.register(workflowRoutes(ctx));
    await app.register(userRoutes(ctx));
    await app.register(outputRoutes(ctx));

    app.get('/swagger/docs/3', { schema: { hide: true } }, async (request, reply) => {
      const doc = app.swagger() as { servers?: { url: string }[] };
      // An absolute server URL lets Postman and other tools import the document as it is.
      const origin = `${request.protocol}://${request.host}`;
      return reply.send({ ...doc, servers: [{ url: `${origin}/webapi` }] });
    });
  };
}
