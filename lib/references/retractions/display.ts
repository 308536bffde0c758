import { formatDate } from '../../content/dates'
import { safeSourceUrl } from '../../content/links'

/**
 * What readers are told about a retracted, corrected or questioned source: "Retracted on March 5,
 * 2024 — notice". Kept apart from the checker (no services, no zod) so the page imports only this.
 */

export const RETRACTION_STATUSES = ['retracted', 'expression-of-concern', 'corrected'] as const
export type RetractionStatus = (typeof RETRACTION_STATUSES)[number]

export interface StoredRetraction {
  status?: string | null
  notice?: string | null
  date?: string | null
}

export interface RetractionDisplay {
  status: RetractionStatus
  /** "Retracted on March 5, 2024", "Expression of concern issued in 2022", "Corrected". */
  text: string
  /** A safe http(s) link to the notice. */
  notice?: string
}

const LEAD: Record<RetractionDisplay['status'], string> = {
  retracted: 'Retracted',
  'expression-of-concern': 'Expression of concern issued',
  corrected: 'Corrected',
}

const MONTH = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' })

/** "on March 5, 2024", "in March 2024", "in 2024", or nothing for a date it cannot read. */
function when(date: string | null | undefined): string {
  if (!date) return ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const day = formatDate(date)
    return day ? ` on ${day}` : ''
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(date)) return ` in ${MONTH.format(new Date(`${date}-01T00:00:00Z`))}`
  return /^\d{4}$/.test(date) ? ` in ${date}` : ''
}

export function retractionDisplay(retraction: StoredRetraction | null | undefined): RetractionDisplay | undefined {
  const status = retraction?.status
  if (!(RETRACTION_STATUSES as readonly unknown[]).includes(status)) return undefined
  const notice = safeSourceUrl(retraction?.notice)
  return {
    status: status as RetractionStatus,
    text: `${LEAD[status as RetractionStatus]}${when(retraction?.date)}`,
    ...(notice ? { notice } : {}),
  }
}
