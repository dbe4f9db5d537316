import { describe, expect, it } from 'vitest'
import { htmlToMarkdown, htmlToMarkdownBlocks } from './htmlMarkdown'

describe('htmlToMarkdownBlocks(html)', () => {
  it('keeps paragraphs, lists, emphasis and https links', () => {
    expect(
      htmlToMarkdownBlocks(
        '<p>One <em>two</em> <b>three</b>.</p><ul><li>a</li><li><a href="https://example.org/x (1)">b</a></li></ul><ol><li>c</li><li>d</li></ol>',
      ),
    ).toEqual([
      'One _two_ **three**.',
      '- a',
      '- [b](<https://example.org/x%20(1)>)',
      '1. c',
      '2. d',
    ])
  })

  it('keeps the words of a link that is not https, not the link', () => {
    expect(
      htmlToMarkdown(
        '<a href="javascript:alert(1)">run</a> <a href="http://x.org/">plain</a> <a href="//x.org/p">made https</a>',
      ),
    ).toBe('run plain [made https](<https://x.org/p>)')
  })

  it('escapes every markup character the source wrote, so text stays text', () => {
    expect(htmlToMarkdown('<p>*not* [a](event:x) &lt;b&gt; # 1. _x_</p>')).toBe(
      '\\*not\\* \\[a\\](event:x) \\<b\\> \\# 1. \\_x\\_',
    )
    expect(htmlToMarkdown('<p>1. first</p><p>- dash</p>')).toBe(
      '1\\. first\n\n\\- dash',
    )
  })

  it('drops scripts, styles, frames and comments with their content', () => {
    expect(
      htmlToMarkdown(
        'a<script>alert(1)</script>b<style>p{}</style>c<iframe src="https://x.org"></iframe>d<!-- note -->e<scr<b>ipt>',
      ),
    ).toBe('a b c d e\\<scr**ipt\\>**')
  })

  it('keeps whitespace outside emphasis markers, where Markdown needs it', () => {
    expect(htmlToMarkdown('a<em> b </em>c')).toBe('a _b_ c')
    expect(htmlToMarkdown('<em>   </em>')).toBe('')
  })
})
