import { describe, expect, test } from 'vitest'
import { autop, contentHtml } from '../../../../build/import/wp-content'

const context = (found: string[] = []) => ({
  attachmentHtml: (id: string) =>
    id === '7' ? '<figure><img src="https://site.example/a.jpg" alt="A"></figure>' : undefined,
  unknownShortcode: (name: string) => {
    found.push(name)
  },
})

describe('classic WordPress content → HTML', () => {
  test.each([
    ['blank lines make paragraphs', 'One.\n\nTwo.', '<p>One.</p>\n<p>Two.</p>'],
    ['a single newline is a line break', 'One\nTwo', '<p>One<br />\nTwo</p>'],
    [
      'a heading on the next line is not inside a paragraph',
      'Intro line\n<h2>Heading</h2>\nMore text',
      '<p>Intro line</p>\n<h2>Heading</h2>\n<p>More text</p>',
    ],
    [
      'no line breaks between list items, and the lines around a list are paragraphs',
      'Text:\n<ul>\n\t<li>a</li>\n\t<li>b</li>\n</ul>\nAfter',
      '<p>Text:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>After</p>',
    ],
    [
      'a quotation’s lines become a paragraph inside it',
      'Quote:\n<blockquote>Line one\nLine two</blockquote>',
      '<p>Quote:</p>\n<blockquote><p>Line one<br />\nLine two</p></blockquote>',
    ],
    [
      'a newline inside a tag is not a line break',
      '<img\nsrc="a.jpg" alt="x">\ncaption',
      '<p><img\nsrc="a.jpg" alt="x"><br />\ncaption</p>',
    ],
    [
      'no line breaks inside a table',
      '<table>\n<tr>\n<td>1</td>\n</tr>\n</table>',
      '<table>\n<tr>\n<td>1</td>\n</tr>\n</table>',
    ],
    ['two <br>s in a row end a paragraph', 'One<br><br>Two', '<p>One</p>\n<p>Two</p>'],
    ['block elements are not wrapped', '<ul>\n<li>A</li>\n</ul>', '<ul>\n<li>A</li>\n</ul>'],
    ['blank lines inside <pre> stay', '<pre>a\n\nb</pre>', '<pre>a\n\nb</pre>'],
    [
      'a known provider URL alone on a line is an embed',
      'https://vimeo.com/76979871',
      '<div data-oembed-url="https://vimeo.com/76979871"></div>',
    ],
    [
      'an unknown URL alone on a line stays text',
      'https://example.com/x',
      '<p>https://example.com/x</p>',
    ],
  ])('%s', (_name, input, expected) => {
    expect(autop(input)).toBe(expected)
  })

  test.each([
    [
      '[caption] becomes a figure with its caption',
      '[caption id="a" width="800"]<img src="https://s.example/a.jpg" alt="x"> The quay.[/caption]',
      '<figure><img src="https://s.example/a.jpg" alt="x"><figcaption>The quay.</figcaption></figure>',
    ],
    [
      '[embed] becomes an oEmbed placeholder',
      '[embed]https://youtu.be/M7lc1UVf-VE[/embed]',
      '<div data-oembed-url="https://youtu.be/M7lc1UVf-VE"></div>',
    ],
    [
      '[video] becomes a video element',
      '[video mp4="https://s.example/v.mp4" poster="https://s.example/p.jpg"][/video]',
      '<video controls src="https://s.example/v.mp4" poster="https://s.example/p.jpg"></video>',
    ],
    [
      '[gallery ids] prints the attachments',
      '[gallery ids="7,8"]',
      '<figure class="wp-block-gallery">\n<figure><img src="https://site.example/a.jpg" alt="A"></figure>\n</figure>',
    ],
    [
      'Jetpack’s [youtube URL] becomes an oEmbed placeholder',
      '[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=640]',
      '<div data-oembed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=640"></div>',
    ],
    [
      'WordPress.com’s [youtube=URL] too',
      '[youtube=https://www.youtube.com/watch?v=dQw4w9WgXcQ]',
      '<div data-oembed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></div>',
    ],
    [
      '[vimeo id] names the video by its number',
      '[vimeo 76979871]',
      '<div data-oembed-url="https://vimeo.com/76979871"></div>',
    ],
    [
      '[tweet URL] becomes the post',
      '[tweet https://twitter.com/jack/status/20]',
      '<div data-oembed-url="https://twitter.com/jack/status/20"></div>',
    ],
    [
      '[instagram url=…] becomes the post',
      '[instagram url=https://www.instagram.com/p/CxYz123/]',
      '<div data-oembed-url="https://www.instagram.com/p/CxYz123/"></div>',
    ],
    [
      '[spotify id="spotify:track:…"] becomes the open.spotify.com page',
      '[spotify id="spotify:track:4uLU6hMCjMI75M1A2tKUQC"]',
      '<div data-oembed-url="https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC"></div>',
    ],
    [
      'brackets in prose stay',
      'He said [the mayor] was late [sic].',
      'He said [the mayor] was late [sic].',
    ],
  ])('%s', (_name, input, expected) => {
    expect(contentHtml(input, context())).toContain(expected)
  })

  test('an unknown shortcode is dropped and named', () => {
    const found: string[] = []
    expect(contentHtml('Before [contact-form-7 id="1"] after', context(found))).toBe(
      '<p>Before  after</p>',
    )
    expect(found).toEqual(['contact-form-7'])
  })
})

describe('block-editor content → HTML', () => {
  test('block comments go and the saved HTML stays', () => {
    expect(
      contentHtml('<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->', context()).trim(),
    ).toBe('<p>Hi</p>')
  })

  test('an embed block becomes its URL, whatever its figure holds', () => {
    const html = contentHtml(
      '<!-- wp:embed {"url":"https://vimeo.com/1","providerNameSlug":"vimeo"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">x</div></figure>\n<!-- /wp:embed -->',
      context(),
    )
    expect(html.trim()).toBe('<div data-oembed-url="https://vimeo.com/1"></div>')
  })

  test('a self-closing gallery of ids prints the attachments', () => {
    expect(contentHtml('<!-- wp:gallery {"ids":[7]} /-->', context())).toContain(
      '<img src="https://site.example/a.jpg"',
    )
  })
})
