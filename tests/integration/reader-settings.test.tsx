import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { STORAGE_KEY } from '../../src/features/reader-settings/settings'
import { renderApp } from '../support/render-app'
import { SEED_SLUG } from '../support/fixtures'

const html = () => document.documentElement

async function renderSeed() {
  const view = renderApp(`/articles/${SEED_SLUG}`)
  await screen.findByRole('heading', { level: 1 })
  return view
}

// jsdom applies no CSS, so with the panel open it shows both copies of the control (the toolbar's, and the
// panel's for the compact toolbar): the toolbar's comes first.
function textSizeGroup() {
  const [toolbarCopy] = screen.getAllByRole('group', { name: 'Text size' })
  if (!toolbarCopy) throw new Error('no text-size control')
  return toolbarCopy
}

describe('the text-size control', () => {
  test('shows the current size and steps up and down, saving the choice', async () => {
    const { user } = await renderSeed()
    expect(within(textSizeGroup()).getByText('Text size 100%')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'A+ Larger text' }))
    await user.click(screen.getByRole('button', { name: 'A+ Larger text' }))
    expect(within(textSizeGroup()).getByText('Text size 120%')).toBeInTheDocument()
    expect(html()).toHaveAttribute('data-text-size', '120')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ textSize: 120 })
    await user.click(screen.getByRole('button', { name: 'A− Smaller text' }))
    expect(within(textSizeGroup()).getByText('Text size 110%')).toBeInTheDocument()
  })

  test('announces each change politely with the new value', async () => {
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'A+ Larger text' }))
    const announcer = screen
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-live') === 'polite')
    expect(announcer).toHaveTextContent('Text size 110%')
  })

  test('disables Larger at 300% and Smaller at 80%', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 300 }))
    const { user } = await renderSeed()
    expect(screen.getByRole('button', { name: 'A+ Larger text' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByRole('button', { name: 'A− Smaller text' })).toHaveAttribute(
      'aria-disabled',
      'false',
    )
    for (let step = 0; step < 10; step += 1)
      await user.click(screen.getByRole('button', { name: 'A− Smaller text' }))
    expect(within(textSizeGroup()).getByText('Text size 80%')).toBeInTheDocument()
    const smaller = screen.getByRole('button', { name: 'A− Smaller text' })
    expect(smaller).toHaveAttribute('aria-disabled', 'true')
    // Pressing it at the end changes nothing, and the reader's focus stays where it was.
    await user.click(smaller)
    expect(within(textSizeGroup()).getByText('Text size 80%')).toBeInTheDocument()
    expect(smaller).toHaveFocus()
  })

  test('Reset returns to 100% and is disabled there', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 175 }))
    const { user } = await renderSeed()
    await user.click(within(textSizeGroup()).getByRole('button', { name: 'Reset' }))
    expect(within(textSizeGroup()).getByText('Text size 100%')).toBeInTheDocument()
    expect(within(textSizeGroup()).getByRole('button', { name: 'Reset' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  test('answers the keys +, =, - and 0', async () => {
    const { user } = await renderSeed()
    await user.keyboard('+')
    await user.keyboard('=')
    expect(html()).toHaveAttribute('data-text-size', '120')
    await user.keyboard('-')
    expect(html()).toHaveAttribute('data-text-size', '110')
    await user.keyboard('0')
    expect(html()).toHaveAttribute('data-text-size', '100')
  })

  test('the reader can turn the single-key shortcuts off, and they stay off', async () => {
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'Reading settings' }))
    const group = await screen.findByRole('group', { name: /Single-key shortcuts/ })
    await user.click(within(group).getByRole('radio', { name: 'Off' }))
    await user.keyboard('++-0')
    expect(html()).toHaveAttribute('data-text-size', '100')
    expect(
      within(textSizeGroup()).getByRole('button', { name: 'A+ Larger text' }),
    ).not.toHaveAttribute('aria-keyshortcuts')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      shortcuts: 'off',
    })
    // The buttons still work.
    await user.click(within(textSizeGroup()).getByRole('button', { name: 'A+ Larger text' }))
    expect(html()).toHaveAttribute('data-text-size', '110')
  })

  test('leaves Ctrl and Cmd with + and - to the browser’s zoom', async () => {
    const { user } = await renderSeed()
    await user.keyboard('{Control>}+{/Control}{Meta>}={/Meta}')
    expect(within(textSizeGroup()).getByText('Text size 100%')).toBeInTheDocument()
  })

  test('ignores the keys while the reader types in a field', async () => {
    const { user } = await renderSeed()
    const field = document.createElement('input')
    field.setAttribute('aria-label', 'Search')
    document.body.append(field)
    await user.click(field)
    await user.keyboard('++')
    expect(within(textSizeGroup()).getByText('Text size 100%')).toBeInTheDocument()
    field.remove()
  })

  test('keeps other keys in storage alone', async () => {
    localStorage.setItem('someone-else', 'keep me')
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'A+ Larger text' }))
    expect(localStorage.getItem('someone-else')).toBe('keep me')
  })
})

describe('the reading settings panel', () => {
  test('opens on demand, moves focus into it, and returns focus on Escape', async () => {
    const { user } = await renderSeed()
    const toggle = screen.getByRole('button', { name: 'Reading settings' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    const panel = await screen.findByRole('region', { name: 'Reading settings' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(within(panel).getByRole('heading', { name: 'Reading settings' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Reading settings' })).not.toBeInTheDocument()
    expect(toggle).toHaveFocus()
  })

  test.each([
    ['Line spacing', 'Loose', 'data-line-spacing', 'loose'],
    ['Text width', 'Narrow', 'data-text-width', 'narrow'],
    ['Font', 'Atkinson Hyperlegible', 'data-font', 'legible'],
    ['Theme', 'High contrast', 'data-theme', 'contrast'],
  ])('%s: choosing %s applies and announces it', async (group, option, attribute, value) => {
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'Reading settings' }))
    const fieldset = await screen.findByRole('group', { name: group })
    await user.click(within(fieldset).getByRole('radio', { name: option }))
    expect(html()).toHaveAttribute(attribute, value)
    expect(within(fieldset).getByRole('radio', { name: option })).toBeChecked()
    const announcer = screen
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-live') === 'polite')
    expect(announcer).toHaveTextContent(`${group}: ${option}`)
  })

  test('Reset all settings restores every default', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        textSize: 200,
        theme: 'dark',
        font: 'sans',
        lineSpacing: 'loose',
        textWidth: 'wide',
      }),
    )
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'Reading settings' }))
    await user.click(await screen.findByRole('button', { name: 'Reset all settings' }))
    expect(within(textSizeGroup()).getByText('Text size 100%')).toBeInTheDocument()
    expect(html()).toHaveAttribute('data-theme', 'system')
    expect(html()).toHaveAttribute('data-font', 'serif')
    expect(html()).toHaveAttribute('data-line-spacing', 'standard')
    expect(html()).toHaveAttribute('data-text-width', 'standard')
  })

  test('the Close button closes the panel and returns focus', async () => {
    const { user } = await renderSeed()
    await user.click(screen.getByRole('button', { name: 'Reading settings' }))
    await user.click(await screen.findByRole('button', { name: 'Close' }))
    expect(screen.getByRole('button', { name: 'Reading settings' })).toHaveFocus()
  })
})
