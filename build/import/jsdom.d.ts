// jsdom ships no types and @types/jsdom is not a dependency: this declares only the surface the importer uses.
declare module 'jsdom' {
  export class VirtualConsole {
    constructor()
    forwardTo(target: Console): this
  }

  export interface JsdomOptions {
    url?: string
    contentType?: string
    virtualConsole?: VirtualConsole
  }

  export interface JsdomWindow {
    readonly document: Document
    readonly DOMParser: typeof DOMParser
    close(): void
  }

  export class JSDOM {
    constructor(html?: string, options?: JsdomOptions)
    readonly window: JsdomWindow
    static fragment(html: string): DocumentFragment
  }
}
