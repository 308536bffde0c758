/** One thing wrong with a document, printed as `<document id> <field path>: <message>`. */
export interface Problem {
  level: 'error' | 'warning'
  id: string
  path: string
  message: string
}

export const formatProblem = (problem: Problem) =>
  `${problem.level === 'error' ? 'error  ' : 'warning'} ${problem.id} ${problem.path || '(document)'}: ${problem.message}`

export const hasErrors = (problems: Problem[]) => problems.some((problem) => problem.level === 'error')
