import fc from 'fast-check'

/** Strings that break naive HTML or JSON-in-script output. */
export const attacks = [
  '</script>',
  '</script >',
  '</SCRIPT\t>',
  '<!--',
  '<script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\'"&amp;<>',
  '\u2028\u2029',
  ']]>',
  '<![CDATA[',
  '{{constructor}}',
  '\\u003C/script>',
]

/**
 * Arbitrary text with an attack in it, as an option can take it: one line, not blank, without
 * control characters, noncharacters or lone surrogates.
 */
export const hostile = fc
  .tuple(
    fc.string({unit: 'binary', maxLength: 20}),
    fc.constantFrom(...attacks),
    fc.string({maxLength: 10}),
  )
  .map((parts) => parts.join(''))
  .filter(
    (value) =>
      value.trim() !== '' &&
      value.isWellFormed() &&
      !/[\p{Cc}\p{Noncharacter_Code_Point}]/u.test(value),
  )
