// jsdom ships no types and @types/jsdom is not installed; this covers what the tests use.
// Delete this file if @types/jsdom is added to devDependencies.
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup?: string, options?: { contentType?: string; url?: string })
    readonly window: Window & typeof globalThis
  }
}
