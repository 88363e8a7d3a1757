import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy } from '../../../../build/deploy/security-headers'
import { embedFrameOrigins } from '../../../../src/content/embeds'

const base = { inlineScripts: [], inlineStyles: [], contentOrigins: [], imageOrigins: [] }

function directive(policy: string, name: string): string | undefined {
  return policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1)
}

describe('the Content Security Policy for embeds and media', () => {
  test('frame-src names exactly the allowed providers’ frame origins', () => {
    const policy = contentSecurityPolicy({
      ...base,
      frameOrigins: embedFrameOrigins(['youtube', 'vimeo']),
    })
    expect(directive(policy, 'frame-src')).toBe(
      'https://player.vimeo.com https://www.youtube-nocookie.com',
    )
  })

  test('a site that allows no embed provider allows no frame at all', () => {
    expect(directive(contentSecurityPolicy({ ...base, frameOrigins: [] }), 'frame-src')).toBe(
      "'none'",
    )
  })

  test('video and audio may come from the same hosts as photos', () => {
    const policy = contentSecurityPolicy({ ...base, imageOrigins: ['https://img.example'] })
    expect(directive(policy, 'media-src')).toBe("'self' https://img.example")
    expect(directive(policy, 'img-src')).toBe("'self' https://img.example")
  })
})
