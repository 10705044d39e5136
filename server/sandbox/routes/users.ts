import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiErrorBody, User } from '../../../contract/jobs-api.ts';
import type { SandboxContext } from '../context.ts';
import { user } from '../present.ts';

export const userRoutes = (ctx: SandboxContext): FastifyPluginAsyncZod =>
  async function (app) {
    app.get(
      '/v3/users',
      {
        schema: { summary: 'Users (Curator only)', tags: ['Users'], response: { 200: z.array(User), 401: ApiErrorBody } },
        config: { auth: 'curator' },
      },
      async () => ctx.users.all().map(user),
    );
  };
