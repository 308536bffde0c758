import path from 'node:path'
import ts from 'typescript'

/**
 * Checks emitted JSON-LD against the schema.org vocabulary as `schema-dts` (Google's maintained
 * typings, generated from schema.org) describes it. Each object is written into a virtual
 * TypeScript file as `const x: WithContext<S.<its @type>> = <the JSON>` and type-checked: an
 * unknown `@type`, a property that type does not have (at any depth), or a value of the wrong
 * kind is a compile error, reported here with its line of JSON.
 */

const ROOT = process.cwd()
const FILE = path.join(ROOT, '__schema_org_check__.ts')
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  skipLibCheck: true,
  types: [],
}

export function schemaOrgProblems(objects: readonly unknown[]): string[] {
  const problems: string[] = []
  const lines = ["import type * as S from 'schema-dts'"]
  objects.forEach((object, index) => {
    const type = (object as { '@type'?: unknown })?.['@type']
    if (typeof type !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(type)) {
      problems.push(`object ${index}: "@type" must name one schema.org type, got ${JSON.stringify(type)}`)
      return
    }
    lines.push(`export const object${index}: S.WithContext<S.${type}> = ${JSON.stringify(object, null, 2)}`)
  })
  const text = lines.join('\n')
  const host = ts.createCompilerHost(OPTIONS)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (name) => (path.resolve(name) === FILE ? text : readFile(name))
  host.fileExists = (name) => path.resolve(name) === FILE || ts.sys.fileExists(name)
  host.getSourceFile = (name, language) =>
    path.resolve(name) === FILE ? ts.createSourceFile(name, text, language, true) : getSourceFile(name, language)
  const program = ts.createProgram([FILE], OPTIONS, host)
  const textLines = text.split('\n')
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]
    if (!diagnostic.file || diagnostic.start === undefined) {
      problems.push(message!)
      continue
    }
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
    // Which emitted object the error is in: the nearest declaration at or above its line.
    const owner = textLines.slice(0, line + 1).findLastIndex((candidate) => candidate.startsWith('export const object'))
    const object = owner >= 0 ? /object(\d+)/.exec(textLines[owner]!)![1] : '?'
    problems.push(`object ${object}: ${message}  at: ${textLines[line]!.trim()}`)
  }
  return problems
}
