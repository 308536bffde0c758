import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The production server's heap bound (docs/caching.md, "What the server keeps in memory"): without
// it V8 sizes the heap from the machine's memory and lets garbage pile up to hundreds of MB.
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')).scripts

describe('the production server’s heap', () => {
  it.each(['start', 'start:standalone'])('is bounded when started with `npm run %s`', (script) => {
    const command = scripts[script]!.split(/\s+/)
    expect(command[0]).toBe('node')
    const flags = command.filter((word) => word.startsWith('--'))
    const limit = Number(
      execFileSync(process.execPath, [...flags, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))']),
    )
    expect(limit).toBeLessThanOrEqual(320 * 1024 * 1024)
  })
})
