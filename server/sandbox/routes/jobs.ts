import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiErrorBody,
  GetJobQuery,
  JobList,
  JobMessage,
  JobParams,
  JobView,
  LIST_QUERY_PARAMS,
  ListJobsQuery,
  MessageResult,
} from '../../../contract/jobs-api.ts';
import { caller } from '../auth.ts';
import type { SandboxContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { jobView, listItem, message, pagination } from '../present.ts';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 404: ApiErrorBody };

/** Lists arrive repeated (`a=1&a=2`) or comma-separated (`a=1,2`); both become arrays. */
export function normalizeListParams(query: Record<string, unknown>): void {
  for (const key of LIST_QUERY_PARAMS) {
    const v = query[key];
    if (v === undefined) continue;
    const parts = (Array.isArray(v) ? v : [v])
      .flatMap((x) => String(x).split(','))
      .map((x) => x.trim())
      .filter(Boolean);
    // An empty list (`statuses=`) filters nothing.
    query[key] = parts.length ? parts : undefined;
  }
}

export const jobRoutes = (ctx: SandboxContext): FastifyPluginAsyncZod =>
  async function (app) {
    app.get(
      '/v3/jobs',
      {
        schema: {
          summary: 'All jobs (Curator only)',
          description:
            'List values may be repeated (`statuses=Queued&statuses=Running`) or comma-separated. `users` applies only with `allUsers=true`.',
          tags: ['Jobs'],
          querystring: ListJobsQuery,
          response: { 200: JobList, ...errors },
        },
        preValidation: async (request) => normalizeListParams(request.query as Record<string, unknown>),
        config: { auth: 'curator' },
      },
      async (request) => {
        const { rows, total, offset, limit } = ctx.jobs.list(request.query, caller(request));
        const now = ctx.now();
        return { data: rows.map((r) => listItem(r, now)), pagination: pagination(total, offset, limit) };
      },
    );

    app.get(
      '/v3/jobs/:jobId',
      {
        schema: {
          summary: 'One job',
          description: 'Visible to the user who ran it, to users a scheduled run is shared with through a collection, and to Curators.',
          tags: ['Jobs'],
          params: JobParams,
          querystring: GetJobQuery,
          response: { 200: JobView, ...errors },
        },
        config: { auth: 'user' },
      },
      async (request) => {
        const job = ctx.jobs.byId(request.params.jobId);
        if (!job || !ctx.jobs.canSee(caller(request), job.id)) throw notFound(`Job '${request.params.jobId}'`);
        const withMessages = request.query.includeMessages ?? true;
        return jobView(job, ctx.jobs.outputs(job.id), withMessages ? ctx.jobs.messages(job.id) : undefined);
      },
    );

    app.get(
      '/v3/jobs/:jobId/messages',
      {
        schema: {
          summary: "A job's messages (Curator only)",
          tags: ['Jobs'],
          params: JobParams,
          response: { 200: z.array(JobMessage), ...errors },
        },
        config: { auth: 'curator' },
      },
      async (request) => {
        if (!ctx.jobs.byId(request.params.jobId)) throw notFound(`Job '${request.params.jobId}'`);
        return ctx.jobs.messages(request.params.jobId).map(message);
      },
    );

    app.delete(
      '/v3/jobs/:jobId',
      {
        schema: {
          summary: 'Cancel a job',
          description: 'A running job is cancelled; a queued job is deleted.',
          tags: ['Jobs'],
          params: JobParams,
          response: { 200: MessageResult, ...errors },
        },
        config: { auth: 'user' },
      },
      async (request) => {
        const { jobId } = request.params;
        if (!ctx.jobs.byId(jobId)) throw notFound(`Job '${jobId}'`);
        if (!ctx.jobs.canSee(caller(request), jobId)) throw badRequest('You do not have permission to cancel this job.');
        const outcome = ctx.life.cancel(jobId, ctx.now());
        if (outcome === 'cancelled') return { message: 'Cancelled Successfully.' };
        if (outcome === 'deleted') return { message: 'Deleted Successfully.' };
        if (outcome === 'not-found') throw notFound(`Job '${jobId}'`);
        throw badRequest("This job is not in 'Queued' or 'Running' state.");
      },
    );
  };
