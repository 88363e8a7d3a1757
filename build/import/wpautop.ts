// WordPress's wpautop (wp-includes/formatting.php), step for step: classic-editor posts are stored without
// <p>s, and WordPress makes them only when it shows the post. Following its rules, not an approximation of
// them, is what makes an imported post read as it did on the site: a blank line is a paragraph, a single
// newline a line break, but never inside <pre>, <script>, <style>, <svg> or <math>, around block elements
// (a heading or a list written on the next line without a blank one), or between a list's items.

const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)'

const NEWLINE_IN_TAG = ' <!-- wpnl --> '
const PRESERVED_NEWLINE = '<WPPreserveNewline />'

/** Newlines inside a tag or a comment (`<img\nsrc=…>`) are not line breaks: they are set aside. */
function protectNewlinesInTags(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<[^<>]*>/g, (tag) =>
    tag.startsWith('<!--') ? tag : tag.replace(/\n/g, NEWLINE_IN_TAG),
  )
}

export function wpautop(input: string, lineBreaks = true): string {
  if (input.trim() === '') return ''
  const preTags: string[] = []
  let text = `${input}\n`
  // <pre> is left exactly as written.
  text = text.replace(/<pre[\s\S]*?<\/pre>/gi, (pre) => {
    preTags.push(pre)
    return `<pre wp-pre-tag-${preTags.length - 1}></pre>`
  })
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, '\n\n')
  text = text.replace(new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, 'g'), '\n\n$1')
  text = text.replace(new RegExp(`(</${ALL_BLOCKS}>)`, 'g'), '$1\n\n')
  text = text.replace(/(<hr\s*?\/?>)/g, '$1\n\n')
  text = text.replace(/\r\n?/g, '\n')
  text = protectNewlinesInTags(text)
  if (text.includes('<option')) {
    text = text.replace(/\s*<option/g, '<option').replace(/<\/option>\s*/g, '</option>')
  }
  if (text.includes('</object>')) {
    text = text
      .replace(/(<object[^>]*>)\s*/g, '$1')
      .replace(/\s*<\/object>/g, '</object>')
      .replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, '$1')
  }
  if (text.includes('<source') || text.includes('<track')) {
    text = text
      .replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, '$1')
      .replace(/\s*([<[]\/(?:audio|video)[>\]])/g, '$1')
      .replace(/\s*(<(?:source|track)[^>]*>)\s*/g, '$1')
  }
  if (text.includes('<figcaption')) {
    text = text
      .replace(/\s*(<figcaption[^>]*>)/g, '$1')
      .replace(/<\/figcaption>\s*/g, '</figcaption>')
  }
  text = text.replace(/\n\n+/g, '\n\n')
  text = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('')
  text = text.replace(/<p>\s*<\/p>/g, '')
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>')
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1')
  text = text.replace(/<p>(<li.+?)<\/p>/g, '$1')
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
  text = text.replaceAll('</blockquote></p>', '</p></blockquote>')
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, 'g'), '$1')
  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1')
  if (lineBreaks) {
    text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, (element) =>
      element.replace(/\n/g, PRESERVED_NEWLINE),
    )
    text = text.replace(/<br>|<br\/>/g, '<br />')
    text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n')
    text = text.replaceAll(PRESERVED_NEWLINE, '\n')
  }
  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, 'g'), '$1')
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1')
  text = text.replace(/\n<\/p>$/, '</p>')
  text = text.replace(
    /<pre wp-pre-tag-(\d+)><\/pre>/g,
    (_all, index: string) => preTags[Number(index)] ?? '',
  )
  return text.replaceAll(NEWLINE_IN_TAG, '\n').replaceAll('<!-- wpnl -->', '\n')
}
