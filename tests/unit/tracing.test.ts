import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isTracing, sqlShape, withSpan } from '../../src/observability/tracing.js';

describe('tracing configuration', () => {
  it('is off by default', () => {
    expect(loadConfig({}).tracing).toEqual({
      exporter: 'off',
      serviceName: 'croupier',
      otlpTracesUrl: 'http://localhost:4318/v1/traces',
      sampler: { name: 'parentbased_always_on', ratio: 1 },
    });
  });

  it('follows the OpenTelemetry names: the base endpoint gets /v1/traces, the traces endpoint is used as given', () => {
    expect(loadConfig({ TRACING: 'otlp', OTEL_SERVICE_NAME: 'croupier-eu', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      exporter: 'otlp',
      serviceName: 'croupier-eu',
      otlpTracesUrl: 'http://collector:4318/v1/traces',
      sampler: { name: 'parentbased_always_on', ratio: 1 },
    });
    expect(loadConfig({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.05' }).tracing.sampler).toEqual({ name: 'parentbased_traceidratio', ratio: 0.05 });
    const both = { TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp' };
    expect(loadConfig(both).tracing.otlpTracesUrl).toBe('https://traces.example/otlp');
  });

  it('refuses what it does not know', () => {
    expect(() => loadConfig({ TRACING: 'jaeger' })).toThrow(/TRACING/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER: 'probabilistic' })).toThrow(/OTEL_TRACES_SAMPLER/);
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '1.5' })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
  });
});

describe('sqlShape', () => {
  it('keeps the statement and drops its values', () => {
    expect(sqlShape(`insert into "player" ("email", "password_hash", "n") values ('a@b.test', 'it''s $argon2id$x', 42), (E'x\\'y', 'z', -1.5)`)).toBe(
      `insert into "player" ("email", "password_hash", "n") values (?, ?, ?), (?, ?, ?)`,
    );
    expect(sqlShape('select * from t1 as "a0" where "a0"."id" = $1 and x = 3 limit 10')).toBe('select * from t1 as "a0" where "a0"."id" = $1 and x = ? limit ?');
    expect(sqlShape('select "col2" from "t" where a = ?')).toBe('select "col2" from "t" where a = ?');
  });
});

describe('with tracing off', () => {
  it('withSpan runs its function and records nothing', async () => {
    expect(isTracing()).toBe(false);
    const result = await withSpan('job test', { 'croupier.job': 'test' }, (span) => {
      expect(span.isRecording()).toBe(false);
      return 7;
    });
    expect(result).toBe(7);
  });
});
