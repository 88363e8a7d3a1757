import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { Message } from '../../../src/components/Message'
import { t } from '../../../src/i18n/on-demand/blocks'

describe('a message with elements inside it', () => {
  test('sets each element where the message puts its placeholder', () => {
    render(
      <p data-testid="line">
        <Message
          id="article.updated"
          parts={{ date: <time dateTime="2022-03-09">March 9</time> }}
        />
      </p>,
    )
    expect(screen.getByTestId('line')).toHaveTextContent('Updated March 9')
    expect(screen.getByText('March 9').tagName).toBe('TIME')
  })

  test('takes an on-demand part’s words from its translator, and keeps a placeholder it has no part for', () => {
    render(
      <p data-testid="line">
        <Message translate={t} id="note.labelDated" values={{ label: 'Correction' }} parts={{}} />
      </p>,
    )
    expect(screen.getByTestId('line')).toHaveTextContent('Correction, {date}:')
  })
})
