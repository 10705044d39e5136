import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiErrorBody, OutputParams, OutputQuery } from '../../../contract/jobs-api.ts';
import { caller } from '../auth.ts';
import type { SandboxContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { contentDisposition, formatsFor, renderOutput } from '../outputs.ts';

export const outputRoutes = (ctx: SandboxContext): FastifyPluginAsyncZod =>
  async function (app) {
    app.get(
      '/v1/jobs/:jobId/output/:outputId',
      {
        schema: {
          summary: "Download a job's output file",
          description: "`format` is one of the output's `availableFormats`; without it, the file as the workflow wrote it (Raw).",
          tags: ['Outputs'],
          params: OutputParams,
          querystring: OutputQuery,
          response: {
            200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().describe('binary') } } },
            400: ApiErrorBody,
            401: ApiErrorBody,
            404: ApiErrorBody,
          },
        },
        config: { auth: 'user' },
      },
      async (request, reply) => {
        const { jobId, outputId } = request.params;
        if (!ctx.jobs.byId(jobId) || !ctx.jobs.canSee(caller(request), jobId)) throw notFound(`Job '${jobId}'`);
        const output = ctx.jobs.output(jobId, outputId);
        if (!output) throw notFound(`Output '${outputId}'`);
        const format = request.query.format ?? 'Raw';
        const formats = formatsFor(output.kind);
        if (!formats.includes(format)) throw badRequest(`This output is available as ${formats.join(', ')}; not as ${format}.`);
        const file = renderOutput({ fileName: output.file_name, kind: output.kind, rowCount: output.row_count, seed: output.seed }, format);
        return (
          reply
            .header('content-type', file.contentType)
            .header('content-disposition', contentDisposition(file.fileName))
            .header('content-length', file.body.length)
            .header('cache-control', 'private, no-store')
            // Bytes skip the JSON serializer; the schema above only documents them.
            .send(file.body as unknown as string)
        );
      },
    );
  };
