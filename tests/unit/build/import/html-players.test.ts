import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import { fixturePath } from '../../../support/fixtures'

const STORY =
  '<p>The county council voted on Tuesday to close the Lower Ford bridge for eighteen months while engineers replace its corroded deck.</p>'
const REASON = 'with nothing to play in the saved page (its script loads the video; add it by hand)'

function imported(markup: string) {
  return importHtml(`<!doctype html><html lang="en"><head><title>Bridge to close</title>
<link rel="canonical" href="https://news.example/2024/05/bridge"></head>
<body><article><h1>Bridge to close</h1>${STORY}${markup}${STORY}${STORY}</article></body></html>`)
}

describe('a video player drawn by a script, with nothing to play in the saved page', () => {
  test("BBC's media player is reported with its caption", () => {
    const { notes } = importHtml(readFileSync(fixturePath('import', 'sites/bbc-like.html'), 'utf8'))
    expect(notes).toContain(`dropped 1 video player ${REASON} (The bridge from the air)`)
  })

  test.each([
    [
      'a JW Player box with a poster frame',
      '<figure><div class="jwplayer jw-reset" id="jw-1"><img src="https://img.news.example/poster.jpg" alt="" width="1280" height="720"></div><figcaption>Watch: the deck is lifted</figcaption></figure>',
      'Watch: the deck is lifted',
    ],
    [
      "Brightspot's player element",
      '<bsp-jw-player data-media-id="abc123"><div class="caption">Engineers on the deck</div></bsp-jw-player>',
      'Engineers on the deck',
    ],
    [
      'a video.js box named by its data attribute',
      '<div data-video-id="6312345678" class="vjs-poster"></div>',
      '',
    ],
  ])('%s is reported, and no poster frame is left as a photo', (_name, markup, caption) => {
    const { article, notes } = imported(markup)
    expect(notes).toContain(
      `dropped 1 video player ${REASON}${caption === '' ? '' : ` (${caption})`}`,
    )
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  test('a player that holds its video is imported as a video', () => {
    const { article, notes } = imported(
      '<div class="video-player"><video src="https://media.news.example/deck.mp4" poster="https://img.news.example/deck.jpg" controls></video></div>',
    )
    expect(article.body).toContainEqual(
      expect.objectContaining({ type: 'video', src: 'https://media.news.example/deck.mp4' }),
    )
    expect(notes.join('\n')).not.toContain('video player')
  })

  test('a story inside a container named like a video page is read, not dropped', () => {
    const { article } = imported(`<div class="video-story">${STORY}${STORY}${STORY}</div>`)
    expect(article.body).toHaveLength(6)
  })
})
