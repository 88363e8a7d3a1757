import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import type { BlockData } from '../../../../build/import/types'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

// Each case is a piece of article markup as CMSs print it, placed between two paragraphs of story text in an
// ordinary page, and the blocks it must become there.
const STORY_BEFORE =
  '<p>The council met on Tuesday evening to hear the final report on the river crossing, which has been delayed twice since the first plans were drawn up in 2019.</p>'
const STORY_AFTER =
  '<p>Members will vote on the proposal next month, after a further round of public meetings in each of the three wards that the new bridge would connect.</p>'

function page(markup: string): string {
  return `<!doctype html><html lang="en"><head><title>Council hears bridge report</title>
<link rel="canonical" href="https://news.example/2024/05/bridge-report"></head>
<body><article><h1>Council hears bridge report</h1>${STORY_BEFORE}${markup}${STORY_AFTER}</article></body></html>`
}

/** The blocks between the two story paragraphs. */
function blocksFor(markup: string): BlockData[] {
  const { article } = importHtml(page(markup))
  expect(problemsOf(strictArticleSchema, article)).toEqual([])
  return article.body.slice(1, -1)
}

const notesFor = (markup: string) => importHtml(page(markup)).notes

describe('HTML markup → blocks', () => {
  test.each<[string, string, BlockData[]]>([
    [
      'a numbered list keeps its numbers and start',
      '<ol start="3"><li>Close the old bridge</li><li>Open the <em>ferry</em></li></ol>',
      [
        {
          type: 'list',
          ordered: true,
          start: 3,
          items: [
            'Close the old bridge',
            [{ text: 'Open the ' }, { text: 'ferry', emphasis: true }],
          ],
        },
      ],
    ],
    [
      'a nested list keeps one level and folds deeper ones into it',
      '<ul><li>North ward<ul><li>Riverside<ul><li>Quay Street</li></ul></li></ul></li><li>South ward</li></ul>',
      [
        {
          type: 'list',
          items: [{ text: 'North ward', items: ['Riverside', 'Quay Street'] }, 'South ward'],
        },
      ],
    ],
    [
      'a table keeps caption, header row, header column and spans',
      '<table><caption>Votes by ward</caption><thead><tr><th>Ward</th><th>For</th><th>Against</th></tr></thead><tbody><tr><th scope="row">North</th><td>12</td><td>3</td></tr><tr><th scope="row">South</th><td colspan="2">Not counted</td></tr></tbody></table>',
      [
        {
          type: 'table',
          caption: 'Votes by ward',
          headerRow: true,
          headerColumn: true,
          rows: [
            ['Ward', 'For', 'Against'],
            ['North', '12', '3'],
            ['South', { text: 'Not counted', colSpan: 2 }],
          ],
        },
      ],
    ],
    [
      'a YouTube iframe becomes an embed of the watch page',
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="The bridge in 60 seconds"></iframe>',
      [
        {
          type: 'embed',
          provider: 'youtube',
          url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          title: 'The bridge in 60 seconds',
        },
      ],
    ],
    [
      'a tweet blockquote becomes an X embed with its text as fallback',
      '<blockquote class="twitter-tweet"><p lang="en">The bridge vote is on.</p>&mdash; Council (@council) <a href="https://twitter.com/council/status/1780000000000000000">May 2, 2024</a></blockquote>',
      [
        {
          type: 'embed',
          provider: 'x',
          url: 'https://twitter.com/council/status/1780000000000000000',
          title: 'X post',
          fallback: 'The bridge vote is on.',
        },
      ],
    ],
    [
      'an Instagram blockquote becomes an Instagram embed',
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6abcDEF/"><a href="https://www.instagram.com/p/C6abcDEF/">View this post on Instagram</a></blockquote>',
      [
        {
          type: 'embed',
          provider: 'instagram',
          url: 'https://www.instagram.com/p/C6abcDEF/',
          title: 'Instagram post',
          fallback: 'View this post on Instagram',
        },
      ],
    ],
    [
      'a TikTok blockquote becomes a TikTok embed',
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@council/video/7350000000000000000" data-video-id="7350000000000000000"><section><p>Bridge time-lapse</p></section></blockquote>',
      [
        {
          type: 'embed',
          provider: 'tiktok',
          url: 'https://www.tiktok.com/@council/video/7350000000000000000',
          title: 'TikTok video',
          fallback: 'Bridge time-lapse',
        },
      ],
    ],
    [
      'a Bluesky blockquote becomes a Bluesky embed',
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123xyz/app.bsky.feed.post/3kq2abc"><p>Vote tonight.</p></blockquote>',
      [
        {
          type: 'embed',
          provider: 'bluesky',
          url: 'https://bsky.app/profile/did:plc:abc123xyz/post/3kq2abc',
          title: 'Bluesky post',
          fallback: 'Vote tonight.',
        },
      ],
    ],
    [
      'a WordPress embed figure with the bare URL becomes an embed',
      '<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">https://vimeo.com/76979871</div></figure>',
      [
        {
          type: 'embed',
          provider: 'vimeo',
          url: 'https://vimeo.com/76979871',
          title: 'Vimeo video',
        },
      ],
    ],
    [
      'a data-oembed-url element becomes an embed',
      '<div class="embed" data-oembed-url="https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk"></div>',
      [
        {
          type: 'embed',
          provider: 'spotify',
          url: 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
          title: 'Spotify audio',
        },
      ],
    ],
    [
      'a lite-youtube element becomes an embed',
      '<lite-youtube videoid="dQw4w9WgXcQ"></lite-youtube>',
      [
        {
          type: 'embed',
          provider: 'youtube',
          url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          title: 'YouTube video',
        },
      ],
    ],
    [
      'a video element keeps its source, poster, tracks and caption',
      '<figure><video controls poster="https://media.news.example/bridge.jpg" width="1280" height="720"><source src="https://media.news.example/bridge.mp4" type="video/mp4"><track kind="captions" src="https://media.news.example/bridge.vtt" srclang="en" label="English"></video><figcaption>The crossing at dawn.</figcaption></figure>',
      [
        {
          type: 'video',
          src: 'https://media.news.example/bridge.mp4',
          mimeType: 'video/mp4',
          title: 'The crossing at dawn.',
          caption: 'The crossing at dawn.',
          tracks: [
            {
              src: 'https://media.news.example/bridge.vtt',
              kind: 'captions',
              language: 'en',
              label: 'English',
            },
          ],
          poster: 'https://media.news.example/bridge.jpg',
          width: 1280,
          height: 720,
        },
      ],
    ],
    [
      'an audio element becomes an audio block',
      '<audio controls src="/media/interview.mp3" title="Interview with the engineer"></audio>',
      [
        {
          type: 'audio',
          src: 'https://news.example/media/interview.mp3',
          title: 'Interview with the engineer',
        },
      ],
    ],
    [
      'a pull quote blockquote becomes a pull quote',
      '<blockquote class="wp-block-pullquote"><p>It is the bridge this town has waited for.</p><cite>Mayor Ana Ruiz</cite></blockquote>',
      [
        {
          type: 'pullquote',
          text: 'It is the bridge this town has waited for.',
          attribution: 'Mayor Ana Ruiz',
        },
      ],
    ],
    [
      'an aside with a pull quote class becomes a pull quote',
      '<aside class="pullquote">“We were not asked.”</aside>',
      [{ type: 'pullquote', text: '“We were not asked.”' }],
    ],
    [
      'a key points aside becomes a callout with its title and list',
      '<aside class="key-points"><h3>Key points</h3><ul><li>Cost: $48m</li><li>Opens 2027</li></ul></aside>',
      [
        {
          type: 'callout',
          title: 'Key points',
          content: [{ type: 'list', items: ['Cost: $48m', 'Opens 2027'] }],
        },
      ],
    ],
    [
      'a code listing keeps its text and language',
      '<pre><code class="language-python">for ward in wards:\n    print(ward)</code></pre>',
      [{ type: 'code', text: 'for ward in wards:\n    print(ward)', language: 'python' }],
    ],
    [
      'a MathML formula keeps its TeX annotation',
      '<math display="block"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math>',
      [{ type: 'formula', text: 'E = mc^2', notation: 'tex', display: true }],
    ],
    [
      'a MathJax TeX script keeps its TeX',
      '<div><script type="math/tex; mode=display">\\frac{a}{b}</script></div>',
      [{ type: 'formula', text: '\\frac{a}{b}', notation: 'tex', display: true }],
    ],
    [
      'a KaTeX display keeps its TeX annotation',
      '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x^2 + y^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">x2+y2</span></span></span>',
      [{ type: 'formula', text: 'x^2 + y^2', notation: 'tex', display: true }],
    ],
    ['a rule becomes a section break', '<hr>', [{ type: 'break' }]],
    [
      'a figure of several photos becomes a gallery',
      '<figure class="wp-block-gallery"><figure><img src="https://img.news.example/a.jpg" alt="The north pier" width="800" height="600"><figcaption>North pier</figcaption></figure><figure><img src="https://img.news.example/b.jpg" alt="The south pier" width="800" height="600"></figure><figcaption>The piers in May</figcaption></figure>',
      [
        {
          type: 'gallery',
          title: 'The piers in May',
          images: [
            {
              src: 'https://img.news.example/a.jpg',
              alt: 'The north pier',
              width: 800,
              height: 600,
              caption: 'North pier',
            },
            {
              src: 'https://img.news.example/b.jpg',
              alt: 'The south pier',
              width: 800,
              height: 600,
            },
          ],
        },
      ],
    ],
    [
      'inline code keeps its code mark',
      '<p>Run <code>make bridge</code> to build it.</p>',
      [
        {
          type: 'paragraph',
          text: [{ text: 'Run ' }, { text: 'make bridge', code: true }, { text: ' to build it.' }],
        },
      ],
    ],
  ])('%s', (_name, markup, expected) => {
    expect(blocksFor(markup)).toEqual(expected)
  })
})

describe('what the report says was dropped', () => {
  test.each([
    [
      'an iframe from an unknown provider, with its host',
      '<iframe src="https://widgets.example.com/poll/1"></iframe>',
      'dropped 1 iframe from unknown providers (widgets.example.com)',
    ],
    [
      'ad containers, counted',
      '<div class="ad-slot"><p>Advertisement</p></div><div class="ad-slot"><p>Advertisement</p></div>',
      'dropped 2 ad containers by its class name',
    ],
    [
      'a newsletter box',
      '<aside class="newsletter-signup"><p>Get the briefing every morning.</p></aside>',
      'dropped 1 sign-up box by its class name',
    ],
    ['a form', '<form><input type="email"></form>', 'dropped 1 form'],
  ])('%s', (_name, markup, note) => {
    expect(notesFor(markup)).toContain(note)
  })
})
