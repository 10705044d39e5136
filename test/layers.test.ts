/**
 * The layout's import rules hold because lint enforces them: these check that the rules are
 * still configured, by linting imports that break them.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import rules', () => {
  it('a feature may not import another feature', async () => {
    const found = await problems(
      'src/features/jobs/lib/probe.ts',
      "import { SignInForms } from '../../auth/sign-in-forms.tsx';\nexport const probe = SignInForms;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*another feature/)]);
  });

  it('a feature may not import a page or the app', async () => {
    const found = await problems(
      'src/features/shell/probe.ts',
      "import { JobsPage } from '../../pages/jobs-page.tsx';\nimport { App } from '../../app/app.tsx';\nexport const probe = [JobsPage, App];\n",
    );
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.startsWith('import-x/no-restricted-paths'))).toBe(true);
  });

  it('shared code may not import a feature', async () => {
    const found = await problems(
      'src/components/probe.tsx',
      "import { StatusBadge } from '../features/jobs/components/status-badge.tsx';\nexport const probe = StatusBadge;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*Shared code/)]);
  });

  it('the dashboard and the server never import each other', async () => {
    expect(
      await problems('src/lib/probe.ts', "import { loadConfig } from '../../server/config.ts';\nexport const probe = loadConfig;\n"),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/ must not import server\//)]);
  });

  it('an import cycle is an error', async () => {
    // job-times imports format; format importing job-times back would close a loop.
    const found = await problems(
      'src/features/jobs/lib/format.ts',
      "import { queueWaitMs } from './job-times.ts';\nexport const probe = queueWaitMs;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-cycle/)]);
  });
});
