// citeproc-js ships no types; the part of its API the reference formatter uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): unknown
    retrieveItem(id: string): unknown
  }
  class Engine {
    constructor(sys: Sys, style: unknown, lang?: string, forceLang?: boolean)
    opt: { development_extensions: { wrap_url_and_doi: boolean } }
    updateItems(ids: string[]): void
    makeBibliography(): [unknown, string[]] | false
  }
  const CSL: { Engine: typeof Engine }
  export default CSL
}
