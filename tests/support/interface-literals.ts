import ts from 'typescript'

// Finds words a reader would see that are written into a component instead of coming from the message
// catalogue (src/i18n). Structural where it can be (JSX text, string-valued props, strings rendered as
// children) and a heuristic for strings kept in constants and passed along later ("Correction", "Loading the
// …"). Words are any letters in any script; punctuation, symbols and digits alone are not words.

export interface InterfaceLiteral {
  line: number
  text: string
  where: 'jsx text' | 'prop' | 'child' | 'string'
}

const WORD = /\p{L}{2,}/u

/** Props whose string values are code (classes, roles, URLs, tokens, settings' names), never read by a person. */
const CODE_PROPS = new Set([
  'className',
  'path',
  'elementtiming',
  'setting',
  'language',
  'fallbackLocale',
  'id',
  'key',
  'href',
  'to',
  'src',
  'srcSet',
  'sizes',
  'type',
  'role',
  'rel',
  'lang',
  'dir',
  'name',
  'htmlFor',
  'target',
  'method',
  'action',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
  'loading',
  'decoding',
  'fetchPriority',
  'preload',
  'kind',
  'srcLang',
  'sandbox',
  'allow',
  'referrerPolicy',
  'crossOrigin',
  'spellCheck',
  'translate',
  'tone',
  'variant',
  'placement',
  'as',
  'aria-live',
  'aria-current',
  'aria-hidden',
  'aria-haspopup',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-orientation',
  'aria-relevant',
  'aria-atomic',
  'aria-sort',
  'aria-expanded',
  'aria-pressed',
  'aria-busy',
  'aria-modal',
  'aria-invalid',
])

/** Props a person or a screen reader reads, whatever their value looks like. */
const READ_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
])

function isCodeProp(name: string): boolean {
  return CODE_PROPS.has(name) || name.startsWith('data-') || /^on[A-Z]/.test(name)
}

// Keyboard keys a handler compares event.key with.
const KEY_NAMES =
  /^(?:Arrow(?:Up|Down|Left|Right)|Page(?:Up|Down)|Home|End|Escape|Enter|Tab|Backspace|Delete)$/

// DOM calls whose string arguments are selectors, media queries, attribute or event names.
const DOM_CALLS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'matchMedia',
  'getAttribute',
  'setAttribute',
  'removeAttribute',
  'addEventListener',
  'removeEventListener',
])

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return callee.getText()
}

/** Strings that look like words but are tokens: key names, selectors, catalogue ids, programmers' errors. */
function isToken(node: ts.Node): boolean {
  const text = ts.isStringLiteralLike(node) ? node.text : ''
  if (KEY_NAMES.test(text)) return true
  // A catalogue id (t(kind === 'author' ? 'listing.storiesBy' : …)).
  if (/^[a-z][\w-]*(?:\.[\w-]+)+$/.test(text)) return true
  // An error's message or name is for the programmer reading the console; the reader sees the catalogue's words.
  if (/^[A-Z]\w*Error$/.test(text)) return true
  let parent = node.parent
  while (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent)) {
    parent = parent.parent
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const name = calleeName(parent)
    if (DOM_CALLS.has(name) || name === 'super' || name.endsWith('Error')) return true
  }
  // import 'x', export … from 'x', literal types, property names, enum-like comparisons and cases.
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true
  if (ts.isLiteralTypeNode(parent)) return true
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true
  if (ts.isPropertySignature(parent) || ts.isComputedPropertyName(parent)) return true
  if (ts.isElementAccessExpression(parent)) return true
  if (ts.isCaseClause(parent)) return true
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind
    if (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.InKeyword
    ) {
      return true
    }
  }
  // The catalogue's own ids: t('article.by').
  if (ts.isCallExpression(parent) && parent.expression.getText() === 't') return true
  return false
}

/** A string kept in code that reads as words: two words, or a capitalised word, or a sentence's end. */
function readsAsWords(text: string): boolean {
  if (!WORD.test(text)) return false
  if (/^[\w.-]+\/[\w./-]*$/.test(text)) return false // paths and MIME types
  if (/^[a-z][\w-]*$/.test(text)) return false // ids and tokens: 'video', 'editors-note'
  if (text.split(/\s+/).every((word) => word.includes('-'))) return false // 'allow-scripts allow-popups'
  if (/^(?:[a-z][\w-]*:?\s?)+$/.test(text) && !/\s/.test(text.trim())) return false
  if (/[()[\]{}=:;]|^\.|^#|^--|^\(/.test(text) && !/\s\p{L}+\s\p{L}+/u.test(text)) return false
  return /\p{Lu}\p{Ll}/u.test(text) || /\p{L}\s+\p{L}/u.test(text) || /\p{L}[.…!?]$/u.test(text)
}

function jsxAttributeName(attribute: ts.JsxAttribute): string {
  return attribute.name.getText()
}

function stringParts(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node]
  if (ts.isTemplateExpression(node)) return [node]
  if (ts.isParenthesizedExpression(node)) return stringParts(node.expression)
  if (ts.isConditionalExpression(node)) {
    return [...stringParts(node.whenTrue), ...stringParts(node.whenFalse)]
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return [...stringParts(node.left), ...stringParts(node.right)]
    }
    if (op === ts.SyntaxKind.PlusToken)
      return [...stringParts(node.left), ...stringParts(node.right)]
  }
  return []
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…')
  }
  return ''
}

export function findInterfaceLiterals(fileName: string, source: string): InterfaceLiteral[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const found: InterfaceLiteral[] = []
  const seen = new Set<ts.Node>()
  const add = (node: ts.Node, text: string, where: InterfaceLiteral['where']) => {
    if (seen.has(node)) return
    seen.add(node)
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    found.push({ line, text: text.trim(), where })
  }

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (WORD.test(node.text)) add(node, node.text, 'jsx text')
    } else if (ts.isJsxAttribute(node) && node.initializer !== undefined) {
      const name = jsxAttributeName(node)
      const value = ts.isJsxExpression(node.initializer)
        ? node.initializer.expression
        : node.initializer
      if (!isCodeProp(name) && value !== undefined) {
        for (const part of stringParts(value)) {
          const text = literalText(part)
          // A component's own token props (kind="section") are code unless the prop is read aloud.
          const token = !READ_PROPS.has(name) && /^[a-z][\w-]*$/.test(text)
          if (WORD.test(text) && !token && !isToken(part)) add(part, text, 'prop')
        }
      }
      // Strings deeper in the value (an object, a call) still count: section={{ name: x ?? 'Elsewhere' }}.
      if (value !== undefined && !ts.isStringLiteral(value)) visit(value)
      return
    } else if (
      ts.isJsxExpression(node) &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      node.expression !== undefined
    ) {
      for (const part of stringParts(node.expression)) {
        const text = literalText(part)
        if (WORD.test(text)) add(part, text, 'child')
      }
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !isToken(node) &&
      readsAsWords(node.text)
    ) {
      add(node, node.text, 'string')
    } else if (ts.isTemplateExpression(node) && !isToken(node)) {
      const text = literalText(node)
      if (readsAsWords(text.replace(/…/g, ' '))) add(node, text, 'string')
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}
