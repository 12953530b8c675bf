import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import { renderDoctorReport } from '../../core/doctor/render-doctor-report.js';
import { silentLogger } from '../../ports/logger.js';
import { diagnoseRepository } from '../../use-cases/doctor/diagnose-repository.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

/** Help text of `telefonistka doctor`. */
export const DOCTOR_HELP = `telefonistka doctor --repo OWNER/NAME [--dir DIR] [--workflow FILE]

Checks what a first promotion depends on: the token's identity and access, "Allow GitHub Actions to create
and approve pull requests", merge methods and auto-merge, protection of the default branch, the workflow file
(events, workflow_dispatch inputs, permissions:, concurrency, checkout), labels and telefonistka.yaml. Each
line is ✓, ⚠, ✗ or ? with the exact fix. At most 5 GitHub API calls; files are read from DIR (default .).

  --repo OWNER/NAME   the repository (default: GITHUB_REPOSITORY)
  --dir DIR           a checkout of it (default: .)
  --workflow FILE     the workflow running Telefonistka (default: .github/workflows/telefonistka.yaml)

Token: env GITHUB_TOKEN (the token the workflow uses); API: GITHUB_API_URL (default https://api.github.com).
Exits 1 when a check fails (✗).
`;

/** `telefonistka doctor`: exit 0 when nothing blocks a promotion, 1 otherwise. */
export async function doctorCommand(
  args: string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = io.env,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      dir: { type: 'string', default: '.' },
      workflow: { type: 'string', default: '.github/workflows/telefonistka.yaml' },
    },
    strict: true,
  });
  const [owner, repo, ...rest] = (values.repo ?? env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) throw new UsageError('--repo must be OWNER/NAME');
  const token = env.GITHUB_TOKEN;
  if (!token) throw new UsageError('set GITHUB_TOKEN to the token the workflow uses');
  const github = createOctokitGitHub({
    token,
    owner,
    repo,
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    logger: silentLogger,
  });
  const read = (file: string) => readFile(path.join(values.dir, file), 'utf8').catch(() => undefined);
  const checks = await diagnoseRepository(github, {
    workflowFile: values.workflow,
    workflowText: await read(values.workflow),
    configText: await read('telefonistka.yaml'),
  });
  io.out(renderDoctorReport(checks, { markdown: false }));
  io.out(`GitHub API calls: ${github.callCount()}\n`);
  return checks.some((check) => check.status === 'fail') ? 1 : 0;
}
