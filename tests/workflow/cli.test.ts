import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

/** The package's commands run as a user runs them: the real scripts in a child process, their output and exit codes. */

interface Ran {
  code: number
  stdout: string
  stderr: string
}

function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      // No project, no local dataset override: what a fresh clone sees.
      { env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '', SANITY_LOCAL_DATASET: '', ...env }, timeout: 200_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

async function datasetFile(documents: object[]) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'cli-')), 'data.ndjson')
  await writeFile(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

const citation = (url: string) => ({
  _id: 'citation-a',
  _type: 'citation',
  type: 'webpage',
  title: 'A',
  site: 'Example',
  url,
  accessedAt: '2025-01-01',
})

describe('the commands', () => {
  test('--help prints the usage and exits 0 for content:check, sources:check and seed', async () => {
    const [contentCheck, sourcesCheck, seed] = await Promise.all([
      cli('content-check', ['--help']),
      cli('sources-check', ['--help']),
      cli('seed', ['-h']),
    ])
    expect(contentCheck).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run content:check \[DATASET_PATH\]/) })
    expect(sourcesCheck).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run sources:check -- \[DATASET_PATH\]/) })
    expect(sourcesCheck.stdout).toMatch(/3 network unavailable/)
    expect(seed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run seed \[DATASET_PATH\]/) })
  }, 240_000)

  test('an unknown option names itself and shows the usage; nothing runs', async () => {
    const ran = await cli('content-check', ['--frobnicate'])
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(/^Unknown option '--frobnicate'\nUsage: npm run content:check/)
    expect(ran.stdout).toBe('')
  }, 240_000)

  test('counts agree with their number: "1 document, 1 error, 1 warning"', async () => {
    const ran = await cli('content-check', [await datasetFile([citation('javascript:alert(1)')])])
    expect(ran.code).toBe(1)
    expect(ran.stdout).toMatch(/data\.ndjson: 1 document, 1 error, 1 warning\n$/)
  }, 240_000)

  test('seed with a project it cannot reach says so in a sentence', async () => {
    const ran = await cli('seed', [await datasetFile([citation('https://example.org/a')])], {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      SANITY_API_WRITE_TOKEN: 'token',
      // A name that never resolves (RFC 2606), as a project host does on a machine without a network.
      NEXT_PUBLIC_SANITY_API_HOST: 'http://no-such-host.invalid',
    })
    expect(ran.code).toBe(1)
    expect(ran.stderr).toMatch(
      /Could not reach the Sanity project "abc123" through http:\/\/no-such-host\.invalid \(ENOTFOUND\)\. Check NEXT_PUBLIC_SANITY_PROJECT_ID/,
    )
  }, 240_000)
})
