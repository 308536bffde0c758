import { Parser } from 'htmlparser2'

/**
 * A page's rendered text as blocks, the unit a text fragment's terms may not cross. Script,
 * style and other never-rendered content is left out, as are elements marked `hidden`.
 */

// Block-level elements (the list Chrome's text-fragment generator uses), plus the document roots.
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'html',
  'body',
  'summary',
  'menu',
  'legend',
  'option',
  'search',
])
const NOT_RENDERED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'select',
  'textarea',
])
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

export function htmlToTextBlocks(html: string): string[] {
  const blocks: string[] = []
  let current = ''
  // Names of open elements whose content is not rendered (a stack, so nesting closes correctly).
  const hiddenStack: string[] = []
  const endBlock = () => {
    if (current.trim()) blocks.push(current)
    current = ''
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (
          hiddenStack.length > 0 ||
          NOT_RENDERED.has(name) ||
          'hidden' in attributes ||
          /display\s*:\s*none/i.test(attributes.style ?? '')
        ) {
          if (!VOID_ELEMENTS.has(name)) hiddenStack.push(name)
          return
        }
        if (BLOCK_ELEMENTS.has(name)) endBlock()
      },
      ontext(text) {
        if (hiddenStack.length === 0) current += text
      },
      onclosetag(name, isImplied) {
        if (hiddenStack.length > 0) {
          if (hiddenStack[hiddenStack.length - 1] === name) hiddenStack.pop()
          return
        }
        if (BLOCK_ELEMENTS.has(name) && !(isImplied && VOID_ELEMENTS.has(name))) endBlock()
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  endBlock()
  return blocks
}

/** Plain text: each paragraph (blank-line separated) is a block. */
export function plainTextBlocks(text: string): string[] {
  return text.split(/\n\s*\n/).filter((block) => block.trim() !== '')
}
