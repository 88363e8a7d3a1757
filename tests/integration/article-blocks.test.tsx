import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { renderApp } from '../support/render-app'

// The every-block sample (public/content/articles/every-block.json) read as a reader's tools see it: by role
// and accessible name. What jsdom can't see (layout, scrolling, focus rings, axe, CSP) is in
// tests/browser/blocks.spec.ts.

const SLUG = 'every-block'

async function openSample() {
  const view = renderApp(`/articles/${SLUG}`)
  const article = await screen.findByRole('article')
  await screen.findByRole('heading', { level: 1, name: /Harbour Sea Wall Will Open/ })
  // The richer blocks' code loads beside the data (src/app/article-code.ts) and may come a moment later.
  await screen.findByRole('complementary', { name: 'What we know' })
  return { ...view, article }
}

describe('format version 2 blocks in an article', () => {
  test('a numbered list starts at its number and keeps its one nested level', async () => {
    const { article } = await openSample()
    const numbered = within(article)
      .getAllByRole('list')
      .find((list) => list.tagName === 'OL')
    expect(numbered).toHaveAttribute('start', '1')
    const items = within(numbered!).getAllByRole('listitem')
    const kit = items.find((item) => item.textContent.startsWith('Keep a flood kit'))
    const nested = within(kit!).getByRole('list')
    expect(
      within(nested)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'torch and spare batteries',
      'copies of insurance papers',
      'a week of any medicines',
    ])
  })

  test('a table is a region named by its caption, with column and row headings', async () => {
    await openSample()
    const region = screen.getByRole('region', { name: 'Sea wall costs by phase, £m' })
    const table = within(region).getByRole('table', { name: 'Sea wall costs by phase, £m' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Phase', 'Budget', 'Forecast', 'Change'])
    const rowHeader = within(table).getByRole('rowheader', { name: 'Harbour mouth' })
    expect(rowHeader).toHaveAttribute('scope', 'row')
    const row = rowHeader.closest('tr')!
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['8.1', '9.9', '+1.8'])
  })

  test('a pull quote is shown but hidden from screen readers, who read the same words in the body', async () => {
    const { article } = await openSample()
    const copies = within(article).getAllByText(/We lost forty-one working days to the weather/)
    expect(copies).toHaveLength(2)
    const [inBody, pulled] = copies.sort((a) => (a.closest('[aria-hidden="true"]') ? 1 : -1))
    expect(inBody!.closest('[aria-hidden="true"]')).toBeNull()
    expect(pulled!.closest('[aria-hidden="true"]')).not.toBeNull()
    // Not a quotation to the accessibility tree: the only figures with that text are none.
    expect(
      screen.queryByRole('figure', { name: /Dafydd Morcombe, chief engineer/ }),
    ).not.toBeInTheDocument()
  })

  test('a quote in another language and direction says so', async () => {
    await openSample()
    const quote = screen.getByText('البحر لا ينتظر أحدًا.').closest('blockquote')!
    expect(quote.closest('[lang="ar"]')).toHaveAttribute('dir', 'rtl')
  })

  test('a fact box is an aside named by its heading, holding a list and a paragraph', async () => {
    await openSample()
    const box = screen.getByRole('complementary', { name: 'What we know' })
    expect(within(box).getByRole('heading', { name: 'What we know' })).toBeInTheDocument()
    expect(within(box).getAllByRole('listitem')).toHaveLength(3)
    expect(
      within(box).getByText('The authority says no homes have flooded since work began.'),
    ).toBeInTheDocument()
  })

  test('a correction is dated where the newsroom put it, and the header says when the story changed', async () => {
    const { article } = await openSample()
    const correction = screen.getByRole('complementary', { name: 'Correction, March 9, 2022:' })
    expect(correction).toHaveTextContent(/the total is £31\.6m\.$/)
    expect(within(correction).getByText('March 9, 2022')).toHaveAttribute(
      'datetime',
      '2022-03-09T09:00:00Z',
    )
    expect(screen.getByRole('complementary', { name: 'Update, March 9, 2022:' })).toBeVisible()
    const header = article.querySelector('header')!
    expect(within(header).getByText(/^Updated/)).toHaveTextContent('Updated March 9, 2022')
  })

  test('a gallery is a region of photos, each a button that opens it full size', async () => {
    await openSample()
    const gallery = screen.getByRole('region', {
      name: 'The sea wall, section by section (3 photos)',
    })
    // Opening the viewer itself needs a real <dialog>: tests/browser/blocks.spec.ts.
    expect(
      within(gallery)
        .getAllByRole('button', { name: /^View photo full size/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'View photo full size: The finished western arm of the wall, with a footpath along its top.',
      'View photo full size: A barge carrying concrete blocks moored at the harbour mouth.',
      'View photo full size: Waves breaking over temporary steel barriers on the eastern section.',
    ])
    expect(within(gallery).getByText('The western arm, finished last year.')).toBeVisible()
  })

  test('a video has controls, a poster, captions and a transcript, and never plays or loads by itself', async () => {
    await openSample()
    const video = screen.getByLabelText('Video: The eastern section from the harbour arm')
    const figure = video.closest('figure')!
    expect(video).toHaveAttribute('controls')
    expect(video).toHaveAttribute('preload', 'none')
    expect(video).not.toHaveAttribute('autoplay')
    // The poster comes as the player nears the screen (jsdom has no IntersectionObserver: at once).
    await waitFor(() => {
      expect(video).toHaveAttribute('poster', '/content/images/every-block-video-poster.jpg')
    })
    expect(video).toHaveAttribute('width', '320')
    expect(video.querySelector('track')).toHaveAttribute('kind', 'captions')
    expect(within(figure).getByText('0:04')).toHaveAttribute('datetime', 'PT4S')
    const transcript = within(figure).getByRole('group')
    expect(within(transcript).getByText('Transcript')).toBeInTheDocument()
    expect(transcript).toHaveTextContent(/Waves break over the temporary barriers twice\./)
  })

  test('an audio file has controls and a transcript, and never plays or loads by itself', async () => {
    await openSample()
    const audio = screen.getByLabelText('Audio: The morning briefing: the sea wall delay')
    const figure = audio.closest('figure')!
    expect(audio).toHaveAttribute('preload', 'none')
    expect(audio).not.toHaveAttribute('autoplay')
    expect(within(figure).getByText('0:08')).toBeInTheDocument()
    expect(within(figure).getByRole('group')).toHaveTextContent(/two months later than planned/)
  })

  test('an embed is a card naming what will load, and frames the player only when asked', async () => {
    const { user } = await openSample()
    const load = screen.getByRole('button', {
      name: 'Load YouTube video: The harbour authority’s briefing for residents',
    })
    expect(screen.getByText(/YouTube, which may set cookies and track your visit/)).toBeVisible()
    expect(document.querySelector('iframe')).toBeNull()
    await user.click(load)
    const frame = await screen.findByTitle(
      'YouTube: The harbour authority’s briefing for residents',
    )
    expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
    expect(frame).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-presentation',
    )
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin')
    expect(frame).toHaveAttribute('loading', 'lazy')
    expect(frame).toHaveFocus()
    expect(
      screen.getByRole('link', {
        name: 'Open on YouTube: The harbour authority’s briefing for residents',
      }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ')
  })

  test('an embed that cannot be framed shows its text and a link to the original, and no button', async () => {
    await openSample()
    const link = screen.getByRole('link', {
      name: 'Open on Bluesky: Harbour Watch’s post about the delay',
    })
    expect(link).toHaveAttribute(
      'href',
      'https://bsky.app/profile/harbourwatch.example/post/3kabc123xyz',
    )
    expect(screen.getByText('Harbour Watch: “Two more months of sandbags. Again.”')).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Load Bluesky/ })).not.toBeInTheDocument()
  })

  test('code keeps its lines exactly, in a region named for what it is', async () => {
    await openSample()
    const code = screen.getByRole('region', { name: 'Code (CSV)' })
    expect(code.textContent).toBe(
      'street,band,annual_exceedance_probability,properties,last_flooded,survey_reference\nMarine Parade,A,0.0333,86,2019-11-02,HA-SW-2022-SURVEY-EAST-SECTION-0041-REVISED',
    )
    expect(code).toHaveAttribute('dir', 'ltr')
  })

  test('inline code is set as code within its paragraph', async () => {
    await openSample()
    const run = screen.getByText('annual_exceedance_probability', { selector: 'code' })
    expect(run.closest('p')).toHaveTextContent(/which it calls annual_exceedance_probability\./)
  })

  test('a formula is kept as its text and named Formula', async () => {
    await openSample()
    expect(screen.getByRole('figure', { name: 'Formula' })).toHaveTextContent(
      'P(flood in n years) = 1 − (1 − 1/30)^n',
    )
  })

  test('a section break is a separator', async () => {
    const { article } = await openSample()
    expect(within(article).getByRole('separator')).toBeInTheDocument()
  })
})

describe('hostile blocks', () => {
  async function openHostile() {
    const view = renderApp('/articles/fixture-hostile-blocks')
    await screen.findByRole('heading', { level: 1, name: 'Hostile blocks' })
    return view
  }

  test('markup in any block is shown as text and never becomes elements', async () => {
    await openHostile()
    expect(screen.getByText('<b>bold?</b>')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Code' })).toHaveTextContent(
      "<script>alert('code')</script>",
    )
    expect(screen.getByRole('figure', { name: 'Formula' })).toHaveTextContent(
      '<math><mi>x</mi></math>',
    )
    expect(document.querySelector('article script, article img[src="x"], article math')).toBeNull()
  })

  test('a ragged table with an impossible span is still a table, named by its caption as text', async () => {
    await openHostile()
    const table = screen.getByRole('table', { name: '<img src=x onerror=alert(1)>' })
    expect(within(table).getByRole('cell', { name: 'wide' })).toHaveAttribute('colspan', '50')
  })

  test('an embed whose address is not the provider’s, or not https, gets no player and no button', async () => {
    await openHostile()
    expect(screen.queryByRole('button', { name: /^Load/ })).not.toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Open on YouTube: Not really YouTube' }),
    ).toHaveAttribute('href', 'https://evil.example/watch?v=aqz-KE-bpKQ')
    expect(screen.getByText('Fallback text for the odd embed.')).toBeVisible()
    expect(screen.queryByText(/Script URL|Unknown provider/)).not.toBeInTheDocument()
  })

  test('media from a host the site does not allow is left out, and so is a poster from one', async () => {
    await openHostile()
    expect(
      screen.queryByLabelText('Video: From a host the site does not allow'),
    ).not.toBeInTheDocument()
    expect(screen.getByLabelText('Video: Poster from elsewhere')).not.toHaveAttribute('poster')
    expect(screen.queryByRole('region', { name: /gallery/ })).not.toBeInTheDocument()
    expect(screen.getByText('After the blocks.')).toBeInTheDocument()
  })

  test('a note with a broken date keeps its words, without a date', async () => {
    await openHostile()
    expect(screen.getByRole('complementary', { name: 'Correction:' })).toHaveTextContent(
      'Correction: Undated after all.',
    )
  })
})
