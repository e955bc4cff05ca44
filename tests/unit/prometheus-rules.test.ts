import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../src/observability/prometheus/', import.meta.url));
const rules = readFileSync(`${dir}alerts.yml`, 'utf8');
const ruleTests = readFileSync(`${dir}alerts.test.yml`, 'utf8');
const operations = readFileSync(fileURLToPath(new URL('../../docs/operations.md', import.meta.url)), 'utf8');

/** promtool's path, or a failure that says how to install it (never a skip: CI must run these). */
function promtool(): string {
  const found = spawnSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error('promtool is not installed: run `apt-get install -y prometheus` (Debian), or `bash tests/setup/ensure-tools.sh`');
  }
  return path;
}

/** Runs promtool in the rules' folder; a failure carries promtool's whole output. */
function run(args: string[]): string {
  const command = promtool();
  try {
    return execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

/** Each alert's block of alerts.yml, by name. */
const alerts = new Map([...rules.matchAll(/- alert: (\w+)\n([\s\S]*?)(?=\n\s*- alert: |\n\s*- name: |$)/g)].map((m) => [m[1]!, m[2]!]));

/** The anchors GitHub makes of docs/operations.md's headings. */
const anchors = new Set([...operations.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));

describe('Prometheus alert rules (src/observability/prometheus)', () => {
  it('pass `promtool check rules`', () => {
    expect(run(['check', 'rules', 'alerts.yml'])).toContain('SUCCESS');
  });

  it('pass their unit tests, `promtool test rules`', () => {
    expect(run(['test', 'rules', 'alerts.test.yml'])).toContain('SUCCESS');
  });

  it('cover what issue #20 asks for', () => {
    expect([...alerts.keys()]).toEqual(
      expect.arrayContaining([
        'CroupierGraphqlErrorRate', 'CroupierHttp5xxRate', 'CroupierGraphqlLatencyHigh', 'CroupierBetLatencyHigh', 'CroupierOutboxLag',
        'CroupierJobFailures', 'CroupierJobLag', 'CroupierPaymentsReconciliationMismatches', 'CroupierAuditChainBroken', 'CroupierKpiDrift',
      ]),
    );
  });

  it('give every alert a severity, a summary and a runbook in docs/operations.md', () => {
    for (const [name, body] of alerts) {
      expect(body, name).toMatch(/severity: (critical|warning)\n/);
      expect(body, name).toMatch(/summary: "/);
      const runbook = /runbook_url: "docs\/operations\.md#([\w-]+)"/.exec(body);
      expect(runbook?.[1], `${name}'s runbook_url`).toBe(name.toLowerCase());
      expect(anchors.has(runbook![1]!), `docs/operations.md has a heading for ${name}`).toBe(true);
    }
  });

  it('test each alert firing and staying quiet', () => {
    for (const name of alerts.keys()) {
      const cases = [...ruleTests.matchAll(new RegExp(`alertname: ${name}\\n\\s+exp_alerts:(.*)`, 'g'))].map((m) => m[1]!.trim());
      expect(cases, `${name}: a quiet case`).toContain('[]');
      expect(cases, `${name}: a firing case`).toContain('');
    }
  });
});
