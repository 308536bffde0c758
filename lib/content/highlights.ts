/**
 * A summary card's text: lines starting with "- " are bullet items, other lines paragraphs.
 * Consecutive bullets form one list; blank lines only separate.
 */
export type HighlightPart = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }

export function parseHighlightText(text: string | null | undefined): HighlightPart[] {
  const parts: HighlightPart[] = []
  for (const rawLine of (text ?? '').split(/\r?\n/)) {
    const line = rawLine.trim()
    if (!line) continue
    const bullet = /^[-•]\s+(.*)$/.exec(line)
    if (bullet) {
      const item = bullet[1]!.trim()
      const last = parts.at(-1)
      if (last?.kind === 'list') last.items.push(item)
      else parts.push({ kind: 'list', items: [item] })
    } else {
      parts.push({ kind: 'paragraph', text: line })
    }
  }
  return parts
}
