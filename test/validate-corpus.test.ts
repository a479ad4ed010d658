/**
 * The validator over a corpus of third-party JSON-LD (test/fixtures/corpus, see SOURCES.md
 * there): schema.org's own examples and real pages kept as fixtures by HTML-extraction projects.
 * The expected findings are committed: every error in them was read and judged (see the README
 * of the corpus); a change of the rules shows here as a diff to read.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeFile} from '../src/validate/decode.js'
import {type Finding, validateJsonLd} from '../src/validate.js'

const root = path.join(import.meta.dirname, 'fixtures', 'corpus')

function corpusFiles(): string[] {
  const files: string[] = []
  for (const source of readdirSync(root, {withFileTypes: true})) {
    if (!source.isDirectory()) continue
    for (const file of readdirSync(path.join(root, source.name))) {
      files.push(`${source.name}/${file}`)
    }
  }
  return files.sort()
}

const counts = (findings: readonly Finding[]) => {
  const byRule = new Map<string, number>()
  for (const {rule} of findings) byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
  return [...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')
}

describe('the corpus of third-party JSON-LD', () => {
  const files = corpusFiles()

  it('holds at least 800 documents from several sources', () => {
    expect(files.length).toBeGreaterThanOrEqual(800)
    expect(new Set(files.map((file) => file.split('/')[0]))).toEqual(
      new Set(['extruct', 'metascraper', 'readability', 'schemaorg', 'trafilatura']),
    )
  })

  it('gives the findings on record: errors in full, warnings and notes by rule', async () => {
    const lines: string[] = []
    const totals = new Map<string, number>()
    for (const file of files) {
      const html = file.endsWith('.html')
      const text = decodeFile(readFileSync(path.join(root, file)), html)
      const report = validateJsonLd(text, {format: html ? 'html' : 'json'})
      lines.push(`${file} (${report.documents} documents)`)
      for (const finding of report.errors) {
        totals.set(finding.rule, (totals.get(finding.rule) ?? 0) + 1)
        const where = finding.line === undefined ? '' : `${finding.line}:${finding.column} `
        lines.push(
          `  error ${finding.rule} ${where}${finding.path || '(root)'}: ${finding.message}`,
        )
      }
      if (report.warnings.length > 0) lines.push(`  warnings: ${counts(report.warnings)}`)
      if (report.notes.length > 0) lines.push(`  notes: ${counts(report.notes)}`)
    }
    const summary = [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, count]) => `${rule} ${count}`)
    await expect(
      `errors by rule: ${summary.join(', ')}\n\n${lines.join('\n')}\n`,
    ).toMatchFileSnapshot('__snapshots__/corpus-findings.txt')
  })
})
