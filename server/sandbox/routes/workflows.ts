import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiErrorBody,
  JobView,
  QueueJobBody,
  Workflow,
  WorkflowJob,
  WorkflowJobsQuery,
  WorkflowParams,
} from '../../../contract/jobs-api.ts';
import { caller } from '../auth.ts';
import type { SandboxContext } from '../context.ts';
import { canonicalPriority, objectId } from '../domain.ts';
import { notFound } from '../errors.ts';
import { planRun } from '../lifecycle.ts';
import { FAILING_MIXES } from '../world.ts';
import { jobView, workflow, workflowJob } from '../present.ts';
import { createRng } from '../seed/rng.ts';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 404: ApiErrorBody };

export const workflowRoutes = (ctx: SandboxContext): FastifyPluginAsyncZod =>
  async function (app) {
    // Ids of jobs queued through the API come from their own random stream.
    const rng = createRng(`api:${ctx.now()}`);

    app.get(
      '/v3/workflows',
      {
        schema: {
          summary: 'Workflows',
          description: 'A Curator sees every workflow; other users see their own and those shared with them.',
          tags: ['Workflows'],
          response: { 200: z.array(Workflow), 401: ApiErrorBody },
        },
        config: { auth: 'user' },
      },
      async (request) => ctx.workflows.visibleTo(caller(request)).map(workflow),
    );

    app.get(
      '/v3/workflows/:workflowId/jobs',
      {
        schema: {
          summary: "A workflow's jobs",
          tags: ['Workflows'],
          params: WorkflowParams,
          querystring: WorkflowJobsQuery,
          response: { 200: z.array(WorkflowJob), ...errors },
        },
        config: { auth: 'user' },
      },
      async (request) => {
        const who = caller(request);
        if (ctx.workflows.visibleTo(who, request.params.workflowId).length === 0) throw notFound(`Workflow '${request.params.workflowId}'`);
        return ctx.jobs.ofWorkflow(request.params.workflowId, request.query, who).map(workflowJob);
      },
    );

    app.post(
      '/v3/workflows/:workflowId/jobs',
      {
        schema: {
          summary: 'Queue a run of a workflow',
          tags: ['Workflows'],
          params: WorkflowParams,
          body: QueueJobBody,
          response: { 200: JobView, ...errors },
        },
        config: { auth: 'user' },
      },
      async (request) => {
        const who = caller(request);
        const [wf] = ctx.workflows.visibleTo(who, request.params.workflowId);
        if (!wf) throw notFound(`Workflow '${request.params.workflowId}'`);
        const now = ctx.now();
        const plan = planRun(rng, Math.min(wf.median_run_s, 90), FAILING_MIXES.get(wf.name));
        const id = objectId(now, rng);
        ctx.life.insertJob({
          id,
          workflow: wf,
          appName: wf.name,
          userId: who.id,
          scheduleId: null,
          priority: canonicalPriority(request.body?.priority ?? 'Default'),
          workerTag: request.body?.workerTag ?? wf.worker_tag,
          runWithE2: wf.is_amp === 1,
          createMs: now,
          planRunMs: plan.runMs,
          planMessages: plan.messages,
          planDisposition: plan.disposition,
        });
        return jobView(ctx.jobs.byId(id)!, ctx.jobs.outputs(id), ctx.jobs.messages(id));
      },
    );
  };
