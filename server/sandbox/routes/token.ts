import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TokenError, TokenRequest, TokenResponse } from '../../../contract/jobs-api.ts';
import { basicCredentials, issueToken, sameSecret } from '../auth.ts';
import type { SandboxContext } from '../context.ts';

const oauthError = (error: string, description: string) => ({ error, error_description: description, message: description });

export const tokenRoutes = (ctx: SandboxContext): FastifyPluginAsyncZod =>
  async function (app) {
    app.post(
      '/oauth2/token',
      {
        schema: {
          summary: 'Get an access token (OAuth2 client credentials)',
          description:
            'Send `grant_type=client_credentials` with the API key and secret, either as `client_id`/`client_secret` in the form body or as HTTP Basic.',
          tags: ['Authentication'],
          security: [],
          consumes: ['application/x-www-form-urlencoded'],
          body: TokenRequest.nullish(),
          response: { 200: TokenResponse, 400: TokenError },
        },
      },
      async (request, reply) => {
        const body = request.body ?? {};
        if (body.grant_type !== 'client_credentials') {
          return reply.code(400).send(oauthError('unsupported_grant_type', 'grant_type must be client_credentials.'));
        }
        const creds = basicCredentials(request.headers.authorization) ?? { key: body.client_id ?? '', secret: body.client_secret ?? '' };
        const user = creds.key ? ctx.users.byApiKey(creds.key) : undefined;
        // Compare even when the key is unknown, so timing does not tell which part was wrong.
        const secretOk = sameSecret(creds.secret, user?.api_secret ?? '\u0000no-user');
        if (!user || !secretOk || user.is_active !== 1) {
          return reply.code(400).send(oauthError('invalid_client', 'The API key or secret is not valid.'));
        }
        const token = issueToken(ctx.tokens, user.id, ctx.tokenTtlS, ctx.now());
        reply.header('cache-control', 'no-store');
        return { access_token: token, token_type: 'bearer', expires_in: ctx.tokenTtlS };
      },
    );
  };
