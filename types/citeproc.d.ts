// citeproc-js ships no types; the part of its API the reference formatter uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): unknown
    retrieveItem(id: string): unknown
  }
  interface Engine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } }
    updateItems(ids: string[]): void
    makeBibliography(): [unknown, string[]] | false
  }
  const CSL: { Engine: new (sys: Sys, style: unknown, lang?: string, forceLang?: boolean) => Engine }
  export default CSL
}
