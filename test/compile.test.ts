import {cp, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compileContent} from '../tools/content/compile.js'
import {temporaryDirectory} from './helpers/files.js'

const contentDirectory = new URL('../content/', import.meta.url).pathname
/**
 * Compile a copy of content/ in which `file` has `search` replaced by `replace`; return the
 * error message (the compile must fail).
 */
async function failureOf(file: string, search: string | RegExp, replace: string): Promise<string> {
  const directory = await temporaryDirectory()
  await cp(contentDirectory, directory, {recursive: true})
  const target = path.join(directory, file)
  const original = await readFile(target, 'utf8')
  const changed = original.replace(search, replace)
  expect(changed, 'the mutation must change the file').not.toBe(original)
  await writeFile(target, changed)
  const error = await compileContent(directory).then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(error, 'the compile must fail').toBeInstanceOf(Error)
  return String(error).replace(`${directory}${path.sep}`, '')
}

describe('compileContent', () => {
  it('compiles the shipped content', async () => {
    const content = await compileContent(contentDirectory)
    expect(content.article.sections).toHaveLength(4)
    expect(content.clinic.locations.map((location) => location.id)).toEqual([
      'marietta',
      'carrollton',
    ])
    // The body as hast: a paragraph element for each paragraph, an h2 for each heading after the
    // first section, with the text word for word.
    const elements = content.body.sections.filter((node) => node.type === 'element')
    expect(elements.map((node) => node.tagName).join(' ')).toBe(
      content.article.sections
        .flatMap((section) => [
          ...(section.heading === null ? [] : ['h2']),
          ...section.paragraphs.map(() => 'p'),
        ])
        .join(' '),
    )
    expect(
      elements.flatMap((node) =>
        node.children.map((child) => ('value' in child ? child.value : '')),
      ),
    ).toEqual(
      content.article.sections.flatMap((section) => [
        ...(section.heading === null ? [] : [section.heading]),
        ...section.paragraphs,
      ]),
    )
    expect(content.body.callToAction.filter((node) => node.type === 'element')).toHaveLength(
      content.article.callToAction.length,
    )
  })

  it('fails on a quote that is not in the article, with file, line, column and field', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        /quote: Sciatica may be a result of .*\n/,
        'quote: Sciatica is caused by gout.\n',
      ),
    ).toBe(
      'condition.yaml:59:12: `causes[0].quote`: expected words found verbatim in content/article.md, received "Sciatica is caused by gout."',
    )
  })

  it('fails on a quote that is a fragment of a sentence, which can drop its hedge', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        /quote: Sciatica may be a result of .*\n/,
        'quote: bone spurs or even nerve damage\n',
      ),
    ).toBe(
      'condition.yaml:59:12: `causes[0].quote`: expected one or more whole sentences of content/article.md, received "bone spurs or even nerve damage"',
    )
  })

  it('fails on a quote that ends a sentence but does not start one', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        /quote: Sciatica may be a result of .*\n/,
        'quote: nerve damage from conditions like diabetes.\n',
      ),
    ).toMatch(/`causes\[0\]\.quote`: expected one or more whole sentences/)
  })

  it('fails on a hedge that is not in its quote', async () => {
    expect(
      await failureOf('condition.yaml', 'hedge: may be a result of', 'hedge: always causes'),
    ).toBe(
      'condition.yaml:60:12: `causes[0].hedge`: expected words of the same fact’s quote, received "always causes"',
    )
  })

  it('accepts a quote typed with plain spaces where the article has no-break spaces', async () => {
    // clinic.yaml quotes "providing effective pain management injections" with a plain space.
    const clinicYaml = await readFile(path.join(contentDirectory, 'clinic.yaml'), 'utf8')
    expect(clinicYaml).toContain('providing effective pain management injections')
    expect((await compileContent(contentDirectory)).clinic.services).toEqual([
      'pain-management-injections',
    ])
  })

  it('fails on a description that is not in the article', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        'description: Excessive weight can put stress on the spine',
        'description: Weight always causes',
      ),
    ).toMatch(
      /^condition\.yaml:\d+:18: `riskFactors\[1\]\.description`: expected words found verbatim/,
    )
  })

  it('fails on a bad date in the front matter, on its line', async () => {
    expect(
      await failureOf('article.md', 'datePublished: 2021-08-13', 'datePublished: 2021-02-30'),
    ).toBe('article.md:6:16: `datePublished`: expected a real calendar date, received "2021-02-30"')
  })

  it('fails on a missing field', async () => {
    expect(await failureOf('condition.yaml', /^name: Sciatica\n/m, '')).toMatch(
      /^condition\.yaml:\d+:\d+: `name`: expected a value \(the field is required\), received nothing/,
    )
  })

  it('fails on an unknown field', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        /^name: Sciatica$/m,
        'name: Sciatica\nreviewer: Dr. Nobody',
      ),
    ).toMatch(/^condition\.yaml:11:\d+: `reviewer`: expected no such field/)
  })

  it('fails on an empty file, at its start', async () => {
    expect(await failureOf('condition.yaml', /^[\s\S]*$/, '')).toBe(
      'condition.yaml:1:1: `(root)`: expected an object, received null',
    )
  })

  it('fails on a quote that runs from one paragraph into the next', async () => {
    expect(
      await failureOf(
        'condition.yaml',
        /quote: Many degenerative conditions .*\n/,
        'quote: lower back. Age, obesity\n',
      ),
    ).toMatch(/`symptoms\[0\]\.quote`: expected words found verbatim in content\/article\.md/)
  })

  it('fails when the clinic is not the article’s publisher', async () => {
    expect(
      await failureOf(
        'article.md',
        'publisher: Non-Surgical Orthopaedic',
        'publisher: Someone Else',
      ),
    ).toBe(
      'clinic.yaml:7:7: `name`: expected the article\'s publisher, "Someone Else" (content/article.md), received "Non-Surgical Orthopaedic"',
    )
  })

  it('fails on a YAML syntax error', async () => {
    expect(await failureOf('clinic.yaml', /^name: (.*)$/m, 'name: [unclosed')).toMatch(
      /^clinic\.yaml:\d+:\d+: YAML syntax:/,
    )
  })

  it('fails on an invalid clinic telephone, at the telephone', async () => {
    expect(await failureOf('clinic.yaml', 'telephone: 770-421-1420', 'telephone: call us')).toMatch(
      /^clinic\.yaml:9:12: `telephone`: expected an E\.164 telephone number/,
    )
  })

  it('fails on an unknown service, at its id', async () => {
    expect(
      await failureOf('clinic.yaml', '  - id: pain-management-injections', '  - id: yoga'),
    ).toBe(
      'clinic.yaml:20:9: `services[0].id`: expected one of physical-therapy, pain-management-injections, surgery, functional-retraining, nerve-glides, manual-joint-mobilization-and-manipulation, myofascial-release, gait-training, received "yoga"',
    )
  })

  it('fails on an unknown medical specialty, at its value', async () => {
    expect(
      await failureOf(
        'clinic.yaml',
        'medicalSpecialty: []',
        'medicalSpecialty:\n  - value: Orthopedics\n    quote: Call us at 770-421-1420 to schedule an appointment.',
      ),
    ).toMatch(
      /^clinic\.yaml:16:12: `medicalSpecialty\[0\]\.value`: expected a schema\.org MedicalSpecialty member, received "Orthopedics"/,
    )
  })

  it('fails on a repeated treatment id', async () => {
    expect(
      await failureOf('condition.yaml', '  - id: gait-training', '  - id: nerve-glides'),
    ).toMatch(
      /^condition\.yaml:\d+:9: `physicalTherapyTypes\[6\]\.id`: expected an id unique among the treatments and physical-therapy types, received "nerve-glides"/,
    )
  })

  it('fails on a repeated cause id', async () => {
    expect(
      await failureOf('condition.yaml', '  - id: bone-spurs', '  - id: serious-injuries'),
    ).toMatch(/`causes\[2\]\.id`: expected an id unique among the causes/)
  })

  it('fails on a correction the body does not apply', async () => {
    expect(
      await failureOf('article.md', 'Marietta and Carrollton, we', 'Marietta and Carrolton, we'),
    ).toMatch(
      /^article\.md:1:1-\d+:\d+: `corrections\[0\]`: expected the body to use "Carrollton" and never "Carrolton"/,
    )
  })

  it('fails on an article without front matter', async () => {
    expect(await failureOf('article.md', /^---\n[\s\S]*?\n---\n/, '')).toMatch(
      /^article\.md:\d+:1-\d+:\d+: Expected YAML front matter/,
    )
  })

  it('fails on a heading the typed sections cannot hold', async () => {
    expect(await failureOf('article.md', '## Types of Physical', '### Types of Physical')).toMatch(
      /^article\.md:\d+:1-\d+:\d+: Expected a paragraph, a `##` heading before the call to action or the call-to-action marker, found a level-3 heading/,
    )
  })

  it('fails on a list in the body', async () => {
    expect(
      await failureOf('article.md', 'Isometric and isotonic', '- Isometric and isotonic'),
    ).toMatch(/found a list node/)
  })

  it('fails without the call-to-action marker', async () => {
    expect(await failureOf('article.md', /<!-- call-to-action[^\n]*-->\n/, '')).toMatch(
      /^article\.md:1:1-\d+:\d+: Expected the call-to-action marker/,
    )
  })

  it('fails on a second call-to-action marker', async () => {
    expect(
      await failureOf('article.md', 'Call us at', '<!-- call-to-action again -->\n\nCall us at'),
    ).toMatch(/Expected one call-to-action marker, found a second/)
  })

  it('fails on a front-matter description over 160 characters', async () => {
    expect(
      await failureOf(
        'article.md',
        /^description: >-\n/m,
        `description: ${'x'.repeat(161)}\nunused: >-\n`,
      ),
    ).toMatch(/`description`: expected a description of at most 160 characters/)
  })
})
