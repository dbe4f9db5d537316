import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlLinks, htmlToText } from './htmlText'

describe('htmlToText(html)', () => {
  it('drops tags and keeps words apart at block boundaries', () => {
    expect(htmlToText('<p>The <b>airlift</b> began.</p><p>It ended.</p>')).toBe(
      'The airlift began. It ended.',
    )
    expect(htmlToText('one<br>two<br/>three')).toBe('one two three')
  })

  it('removes scripts, styles and comments with their content', () => {
    expect(
      htmlToText(
        'a<script>alert(1)</script>b<style>p{}</style>c<!-- hidden -->d',
      ),
    ).toBe('a b c d')
    expect(htmlToText('x<script>never closed')).toBe('x')
  })

  it('leaves no tag behind when tags are nested inside tags', () => {
    expect(htmlToText('<scr<b>ipt>alert(1)</scr</b>ipt>')).toBe('alert(1)')
    expect(htmlToText('<img src=x onerror=alert(1)>safe')).toBe('safe')
  })

  it('decodes entities once, so escaped markup stays literal text', () => {
    expect(htmlToText('Tom &amp; Jerry &ndash; &#8220;hi&#x201D;')).toBe(
      'Tom & Jerry – “hi”',
    )
    expect(htmlToText('&lt;script&gt;')).toBe('<script>')
    expect(htmlToText('&amp;lt;')).toBe('&lt;')
  })

  it('keeps a lone < that starts no tag', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2')
  })
})

describe('decodeEntities(text)', () => {
  it('replaces impossible code points and keeps unknown names', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd')
    expect(decodeEntities('&bogus; &AMP;')).toBe('&bogus; &')
  })

  it('leaves names of Object.prototype as written', () => {
    expect(
      decodeEntities('&constructor; &toString; &hasOwnProperty; &__proto__;'),
    ).toBe('&constructor; &toString; &hasOwnProperty; &__proto__;')
  })

  it('knows every HTML name, not a short list', () => {
    expect(decodeEntities('&Uuml;ber &aelig; &notin; &rarr;')).toBe(
      'Über æ ∉ →',
    )
  })
})

describe('htmlLinks(html)', () => {
  it('keeps https links with their text, once each, and drops other schemes', () => {
    expect(
      htmlLinks(
        '<a href="https://a.example/x?y=1&amp;z=2">A <i>source</i></a> ' +
          "<a href='javascript:alert(1)'>bad</a> <a href=http://b.example>plain</a> " +
          '<a class="x" href="https://a.example/x?y=1&z=2">again</a>',
      ),
    ).toEqual([{ url: 'https://a.example/x?y=1&z=2', text: 'A source' }])
  })

  it('reads the first href of a tag, and an anchor ends where the next one opens', () => {
    expect(
      htmlLinks(
        '<a title="t" href="https://a.example/" href="https://b.example/">A<a href=https://c.example/>C</a>',
      ),
    ).toEqual([
      { url: 'https://a.example/', text: 'A' },
      { url: 'https://c.example/', text: 'C' },
    ])
  })
})

describe('htmlToText on adversarial input', () => {
  it('stays fast on deep nesting and unclosed anchors', () => {
    const deep = '<b'.repeat(50_000) + 'x' + '>'.repeat(50_000)
    const text = htmlToText(deep)
    // Past the round limit every bracket goes, so no tag can survive; the letters stay as text.
    expect(/[<>]/.test(text)).toBe(false)
    expect(/^b+$/.test(text)).toBe(true)
    expect(
      htmlLinks('<a href="https://x.example/">'.repeat(5_000) + '</a>'),
    ).toEqual([{ url: 'https://x.example/', text: '' }])
  })
})
