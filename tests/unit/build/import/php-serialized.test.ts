import { describe, expect, test } from 'vitest'
import { phpPath, unserialize } from '../../../../build/import/php-serialized'

const metadata =
  'a:3:{s:5:"width";i:1600;s:5:"sizes";a:1:{s:6:"medium";a:1:{s:5:"width";i:300;}}s:10:"image_meta";a:2:{s:6:"credit";s:0:"";s:9:"copyright";s:30:"© Siobhán "Shiv" Ní Bhriain";}}'

describe('PHP-serialized attachment metadata', () => {
  test('reads top-level numbers, not those of the image sizes', () => {
    expect(phpPath(unserialize(metadata), 'width')).toBe(1600)
  })

  test('reads a string whose length is in UTF-8 bytes and which holds quotes', () => {
    expect(phpPath(unserialize(metadata), 'image_meta', 'copyright')).toBe(
      '© Siobhán "Shiv" Ní Bhriain',
    )
  })

  test('reads a string whose stored length is wrong (a search-and-replace after export)', () => {
    expect(phpPath(unserialize('a:1:{s:6:"credit";s:15:"Ana Pereira/VC";}'), 'credit')).toBe(
      'Ana Pereira/VC',
    )
  })

  test('reads booleans, null, floats and objects', () => {
    const value = unserialize('O:8:"stdClass":4:{s:1:"a";b:1;s:1:"b";N;s:1:"c";d:0.5;i:0;s:1:"x";}')
    expect([
      phpPath(value, 'a'),
      phpPath(value, 'b'),
      phpPath(value, 'c'),
      phpPath(value, '0'),
    ]).toEqual([true, null, 0.5, 'x'])
  })

  test.each(['', 'not serialized', 'a:2:{s:1:"a";', 'x:1;'])('%j is not data', (text) => {
    expect(unserialize(text)).toBeUndefined()
  })
})
