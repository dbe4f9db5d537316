import { describe, expect, it } from 'vitest'
import {
  countryName,
  flagEmoji,
  isKnownCountryCode,
  organizationName,
} from './names'

describe('isKnownCountryCode', () => {
  it.each(['US', 'UA', 'GB', 'DE', 'JP', 'KR', 'KP', 'RS', 'SU', 'DD', 'XK'])(
    'isKnownCountryCode(%j) is true',
    (code) => {
      expect(isKnownCountryCode(code)).toBe(true)
    },
  )

  it.each([
    'EU', // a union, not a country (CLDR names it)
    'UN',
    'EZ',
    'QO',
    'ZZ',
    'XA',
    'UK', // reserved; the United Kingdom is GB
    'YU',
    'AA',
    'us',
    'USA',
    'U',
    '',
    'U\u0301S',
  ])('isKnownCountryCode(%j) is false', (code) => {
    expect(isKnownCountryCode(code)).toBe(false)
  })
})

describe('countryName', () => {
  it('countryName names ISO codes in English', () => {
    expect(countryName('JP')).toBe('Japan')
    expect(countryName('UA')).toBe('Ukraine')
  })

  it('countryName names the historical codes that Intl lacks or misnames', () => {
    expect(countryName('SU')).toBe('Soviet Union')
    expect(countryName('DD')).toBe('East Germany')
    expect(countryName('XK')).toBe('Kosovo')
  })

  it('countryName falls back to the code itself', () => {
    expect(countryName('AA')).toBe('AA')
    expect(countryName('not a code')).toBe('not a code')
  })
})

describe('organizationName', () => {
  it('organizationName spells out known codes and keeps unknown ones', () => {
    expect(organizationName('NATO')).toBe('North Atlantic Treaty Organization')
    expect(organizationName('OSCE')).toBe(
      'Organization for Security and Co-operation in Europe',
    )
    expect(organizationName('CSCE')).toBe(
      'Conference on Security and Co-operation in Europe, renamed the OSCE in 1995',
    )
    expect(organizationName('ASEAN')).toBe('ASEAN')
  })
})

describe('flagEmoji', () => {
  it('flagEmoji builds regional-indicator pairs', () => {
    expect(flagEmoji('UA')).toBe('🇺🇦')
    expect(flagEmoji('XK')).toBe('🇽🇰')
  })

  it('flagEmoji is empty for states with no flag emoji and for non-codes', () => {
    expect(flagEmoji('SU')).toBe('')
    expect(flagEmoji('DD')).toBe('')
    expect(flagEmoji('ua')).toBe('')
    expect(flagEmoji('<b>')).toBe('')
  })
})
