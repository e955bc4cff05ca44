import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { AppError, InvalidIdError, NotFoundError } from '../errors.js';
import { connectionOf } from '../graphql/connections.js';
import { errorType } from '../graphql/errors.js';
import { localIdOf } from '../graphql/ids.js';
import { keysetPage } from '../graphql/pagination.js';
import { loadById } from '../graphql/loaders.js';
import { emptyCounts, jobKeyOf, type JobRow, type JobState, type QueueSummary } from './queue.js';

/** A failed job's retry was asked for, but the job is not failed (it waits, runs, or has completed). */
export class JobNotFailedError extends AppError {
  constructor(readonly state: string) {
    super('JOB_NOT_FAILED', {
      en: `Only a failed job can be retried; this one is ${state}.`,
      tr: `Yalnızca başarısız olmuş bir iş yeniden denenebilir; bu iş şu durumda: ${state}.`,
    }, 409);
  }
}

errorType(JobNotFailedError, 'JobNotFailedError', {
  code: 'JOB_NOT_FAILED',
  description: 'Only a failed job can be retried: this one waits, runs or has completed. Nothing was changed.',
}, (t) => ({
  state: t.exposeString('state', { description: 'The state the job is in.' }),
}));

const JobStateEnum = builder.enumType('BackgroundJobState', {
  description: 'Where a job of the durable queue is in its life.',
  values: {
    CREATED: { value: 'created', description: 'Waiting to run (possibly not before its start time).' },
    RETRY: { value: 'retry', description: 'Failed, waiting for its next attempt (after a backoff).' },
    ACTIVE: { value: 'active', description: 'Running on a worker now.' },
    COMPLETED: { value: 'completed', description: 'Ran to the end (kept for an hour).' },
    CANCELLED: { value: 'cancelled', description: 'Cancelled before it ran.' },
    FAILED: { value: 'failed', description: 'Failed on every attempt allowed; kept for a week with its error, and can be retried (retryBackgroundJob).' },
  } as const,
});

const QueueRef = builder.objectRef<QueueSummary>('JobQueue');
const JobRef = builder.objectRef<JobRow>('BackgroundJob');

const JobStateCounts = builder.objectRef<Record<JobState, number>>('JobStateCounts').implement({
  description: 'How many jobs of a queue are in each state now.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Waiting to run.' }),
    retry: t.exposeInt('retry', { description: 'Waiting for another attempt.' }),
    active: t.exposeInt('active', { description: 'Running now.' }),
    completed: t.exposeInt('completed', { description: 'Completed in the last hour.' }),
    cancelled: t.exposeInt('cancelled', { description: 'Cancelled.' }),
    failed: t.exposeInt('failed', { description: 'Failed for good in the last week.' }),
  }),
});

function platformOnly(ctx: Context): boolean {
  return ctx.principal?.kind === 'platform';
}

/** Queue summaries by name, one query per field list of an operation (a page of jobs asks once). */
function loadQueue(ctx: Context, name: string): Promise<QueueSummary | null> {
  return loadById(ctx, 'JobQueue', async (c, names) => new Map((await c.services.jobs.summaries(names)).map((q) => [q.name, q])), name);
}

builder.node(QueueRef, {
  description: 'A queue of the durable job queue: one kind of background job (docs/jobs.md). Platform staff only.',
  id: { resolve: (q) => q.name },
  loadMany: (names, ctx) => (platformOnly(ctx) ? Promise.all(names.map((name) => loadQueue(ctx, name))) : names.map(() => null)),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The queue\'s name, e.g. `wallet-hold-expiry`.' }),
    description: t.string({ description: 'What one job of the queue does.', resolve: (q, _args, ctx) => ctx.services.jobs.definition(q.name)?.description ?? '' }),
    schedule: t.string({
      nullable: true,
      description: 'When jobs are enqueued by the clock, in this instance\'s configuration (`every 10 s`, a cron expression); null for jobs enqueued only by their cause.',
      resolve: (q, _args, ctx) => {
        const definition = ctx.services.jobs.definition(q.name);
        const every = definition?.every?.(ctx.services.config);
        if (every) return `every ${every / 1000} s`;
        return definition?.cron ? `cron ${definition.cron} (UTC)` : null;
      },
    }),
    counts: t.field({ type: JobStateCounts, description: 'Jobs by state now.', resolve: (q) => q.counts }),
    oldestWaitingSeconds: t.float({ nullable: true, description: 'How long the oldest job due to run has waited, in seconds; null when none waits.', resolve: (q) => q.oldestWaitingSeconds }),
    jobs: t.connection(
      {
        type: JobRef,
        description: 'The queue\'s jobs in one state, newest first (FAILED by default: the failures with their errors).',
        args: { state: t.arg({ type: JobStateEnum, description: 'Which state (default FAILED).' }) },
        resolve: (q, args, ctx) => {
          const state = (args.state ?? 'failed') as JobState;
          return keysetPage<JobRow>(args, {
            filters: { queue: q.name, state },
            keyOf: jobKeyOf,
            fetch: (window) => ctx.services.jobs.jobsIn(q.name, state, window),
            count: () => ctx.services.jobs.countIn(q.name, state),
          });
        },
      },
      connectionOf(JobRef, 'BackgroundJob', { totalCount: true }),
    ),
  }),
});

builder.node(JobRef, {
  description: 'A job of the durable queue: its data, state, attempts and, once failed, its error. Platform staff only.',
  id: { resolve: (job) => job.id },
  loadMany: async (ids, ctx) => {
    const rows = platformOnly(ctx) ? await ctx.services.jobs.jobsById(ids) : [];
    return ids.map((id) => rows.find((job) => job.id === id) ?? null);
  },
  fields: (t) => ({
    queue: t.field({
      type: QueueRef,
      description: 'The queue the job is in.',
      resolve: async (job, _args, ctx) => (await loadQueue(ctx, job.name)) ?? { name: job.name, counts: emptyCounts(), oldestWaitingSeconds: null },
    }),
    state: t.field({ type: JobStateEnum, description: 'Where the job is in its life.', resolve: (job) => job.state }),
    data: t.field({ type: 'JSON', nullable: true, description: 'What the job was given (ids and periods; never a secret).', resolve: (job) => job.data }),
    attempts: t.int({ description: 'Attempts started so far.', resolve: (job) => (job.startedOn ? job.retryCount + 1 : job.retryCount) }),
    retryLimit: t.exposeInt('retryLimit', { description: 'Attempts allowed after the first.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was enqueued.', resolve: (job) => job.createdOn }),
    startAfter: t.field({ type: 'DateTime', description: 'Not run before this time (its schedule, or the backoff of a retry).', resolve: (job) => job.startAfter }),
    startedAt: t.field({ type: 'DateTime', nullable: true, description: 'When its latest attempt started.', resolve: (job) => job.startedOn }),
    completedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it completed or failed for good.', resolve: (job) => job.completedOn }),
    error: t.string({ nullable: true, description: 'The error of its latest failed attempt (its message; the stack is in the logs).', resolve: (job) => errorMessageOf(job) }),
  }),
});

/** pg-boss keeps a failed attempt's error as the serialized error, or `{ value: ... }` for other values. */
function errorMessageOf(job: JobRow): string | null {
  if (job.state !== 'failed' && job.state !== 'retry') return null;
  const output = job.output as { message?: unknown; value?: { message?: unknown } | unknown } | null;
  if (!output) return null;
  if (typeof output.message === 'string') return output.message;
  const value = output.value as { message?: unknown } | string | undefined;
  if (typeof value === 'string') return value;
  if (value && typeof value.message === 'string') return value.message;
  return JSON.stringify(output);
}

builder.queryFields((t) => ({
  jobQueues: t.field({
    type: [QueueRef],
    description: 'Every queue of the durable job queue with its jobs by state and the age of its oldest waiting job. Platform staff only.',
    authScopes: { platform: true },
    resolve: (_root, _args, ctx) => ctx.services.jobs.summaries(),
  }),
}));

const RetryJobInput = builder.inputType('RetryBackgroundJobInput', {
  description: 'Which failed job to run again.',
  fields: (t) => ({
    jobId: t.id({ required: true, description: 'The global ID of a failed BackgroundJob.' }),
  }),
});

const RetryJobPayload = builder.objectRef<JobRow>('RetryBackgroundJobPayload').implement({
  description: 'The job put back in its queue by `retryBackgroundJob`.',
  fields: (t) => ({
    job: t.field({ type: JobRef, description: 'The job, waiting to run again with one more attempt allowed.', resolve: (job) => job }),
  }),
});

builder.mutationFields((t) => ({
  retryBackgroundJob: t.field({
    type: RetryJobPayload,
    description: 'Puts a failed job back in its queue to run once more (its retry limit grows by one). Platform staff only.',
    authScopes: { platform: true },
    errors: { types: [InvalidIdError, NotFoundError, JobNotFailedError] },
    args: { input: t.arg({ type: RetryJobInput, required: true, description: 'Which job.' }) },
    resolve: async (_root, { input }, ctx) => {
      const id = localIdOf(String(input.jobId), 'BackgroundJob', ['input', 'jobId']);
      const [job] = await ctx.services.jobs.jobsById([id]);
      if (!job) throw new NotFoundError('BackgroundJob');
      if (!(await ctx.services.jobs.retry(job))) throw new JobNotFailedError(job.state.toUpperCase());
      ctx.services.logger.info({ jobId: job.id, queue: job.name, staffId: ctx.principal?.kind === 'platform' ? ctx.principal.staffId : undefined }, 'failed job retried by staff');
      const [retried] = await ctx.services.jobs.jobsById([id]);
      return retried ?? job;
    },
  }),
}));
