import { afterEach, describe, expect, test, vi } from 'vitest'
import { registerServiceWorker } from '../../../src/app/service-worker'

// A stand-in for the browser's service worker container: enough to drive the update flow step by step.
class FakeWorker extends EventTarget {
  state = 'installing'
  postMessage = vi.fn()
  becomes(state: string) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

function installFakeContainer(options: { controlled: boolean }) {
  const registration = Object.assign(new EventTarget(), {
    waiting: null as FakeWorker | null,
    installing: null as FakeWorker | null,
  })
  const container = Object.assign(new EventTarget(), {
    controller: options.controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  })
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  return { registration, container }
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('the offline worker’s update flow', () => {
  test('registers the worker at the site root', async () => {
    const { container } = installFakeContainer({ controlled: false })
    await registerServiceWorker(() => undefined)
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' })
  })

  test('offers a reload when a new version has installed behind a running one, and switches only when accepted', async () => {
    const { registration } = installFakeContainer({ controlled: true })
    const offers: (() => void)[] = []
    await registerServiceWorker((apply) => offers.push(apply))
    const next = new FakeWorker()
    registration.installing = next
    registration.dispatchEvent(new Event('updatefound'))
    next.becomes('installed')
    expect(offers).toHaveLength(1)
    expect(next.postMessage).not.toHaveBeenCalled()
    offers[0]?.()
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  })

  test('offers nothing when the first worker takes a page that had none', async () => {
    const { registration } = installFakeContainer({ controlled: false })
    const offers: (() => void)[] = []
    await registerServiceWorker((apply) => offers.push(apply))
    const first = new FakeWorker()
    registration.installing = first
    registration.dispatchEvent(new Event('updatefound'))
    first.becomes('installed')
    expect(offers).toHaveLength(0)
  })
})
