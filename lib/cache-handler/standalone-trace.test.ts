import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The standalone output (`npm run build:standalone`) holds only the files Next's build traces
 * from each entry, the cache handler included, with Next's own tracer (@vercel/nft). That tracer
 * reads JavaScript only: the imports of a TypeScript file with type syntax are not followed, so a
 * package only such a file imports would be missing and the standalone server would not start.
 * This compares what Node actually loads for the handler with what Next's tracer finds.
 */
const root = path.resolve(import.meta.dirname, '../..')
const handler = path.join(import.meta.dirname, 'index.ts')

/** Every file Node loads when it imports the handler as Next does (natively, types stripped). */
function filesNodeLoads(): string[] {
  const script = `
    import { registerHooks } from 'node:module'
    const loaded = new Set()
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const resolved = nextResolve(specifier, context)
        if (resolved.url.startsWith('file:')) loaded.add(resolved.url)
        return resolved
      },
    })
    await import(${JSON.stringify(pathToFileURL(handler).href)})
    process.stdout.write(JSON.stringify([...loaded]))
    process.exit(0)
  `
  const out = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: root, encoding: 'utf8' })
  return (JSON.parse(out) as string[]).map((url) => path.relative(root, fileURLToPath(url)))
}

async function filesNextTraces(): Promise<Set<string>> {
  const { nodeFileTrace } = createRequire(import.meta.url)('next/dist/compiled/@vercel/nft')
  // The options Next's build gives it (next/dist/build/collect-build-traces.js).
  const { fileList } = await nodeFileTrace([handler], { base: root, processCwd: root, mixedModules: true, moduleSyncCatchall: true })
  return new Set(fileList)
}

/** A missing file by what to look for: its package (node_modules/<package>/…), or the file itself. */
const packageOrFile = (file: string) => /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? file

describe('cache handler in the standalone output', () => {
  it('every file Node loads for the handler is one Next’s build traces, so the standalone server can start', async () => {
    const loaded = filesNodeLoads()
    expect(loaded).toContain('lib/page-cache/handler.js')
    const traced = await filesNextTraces()
    const missing = new Set(loaded.filter((file) => !traced.has(file)).map(packageOrFile))
    expect([...missing]).toEqual([])
  })
})
