/** `published` for readers; `drafts` for editors in draft mode (drafts shown in place of published). */
export type Perspective = 'published' | 'drafts'

export interface ContentQuery {
  query: string
  params?: Record<string, unknown>
  perspective?: Perspective
}

/** Where content comes from: the Content Lake or a local dataset file. Both run the same GROQ. */
export interface ContentSource {
  kind: 'lake' | 'local'
  fetch(request: ContentQuery & { tags?: string[] }): Promise<unknown>
}
