/**
 * Reports as SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format GitHub
 * code scanning reads: one run, one result a finding, located by file, and by the line and
 * column of the script (or of a JSON syntax error) where known.
 */
import type {Finding} from './findings.js'
import type {ValidationReport} from './index.js'

/** A file and its report, or why it could not be read. */
export type SarifInput =
  | {readonly file: string; readonly report: ValidationReport}
  | {readonly file: string; readonly error: string}

const levels = {error: 'error', warning: 'warning', note: 'note'} as const

function result(file: string, finding: Finding): object {
  const region =
    finding.line === undefined
      ? {}
      : {region: {startLine: finding.line, startColumn: finding.column}}
  const path = finding.path === '' ? '' : ` (at ${finding.path})`
  return {
    ruleId: finding.rule,
    level: levels[finding.severity],
    message: {text: `${finding.message}${path}`},
    locations: [
      {
        physicalLocation: {artifactLocation: {uri: toUri(file)}, ...region},
        ...(finding.path === ''
          ? {}
          : {logicalLocations: [{fullyQualifiedName: finding.path, kind: 'member'}]}),
      },
    ],
  }
}

// A relative path as a URI reference: forward slashes, each segment percent-encoded.
function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/')
}

/**
 * The SARIF log of the reports of several files (byte for byte the same for the same input).
 *
 * @param version
 *   The tool's version, for `tool.driver.version`.
 */
export function toSarif(files: readonly SarifInput[], version: string): string {
  const results: object[] = []
  const rules = new Set<string>()
  for (const item of files) {
    if ('error' in item) {
      rules.add('unreadable')
      results.push({
        ruleId: 'unreadable',
        level: 'error',
        message: {text: item.error},
        locations: [{physicalLocation: {artifactLocation: {uri: toUri(item.file)}}}],
      })
      continue
    }
    const {errors, warnings, notes} = item.report
    for (const list of [errors, warnings, notes]) {
      for (const finding of list) {
        rules.add(finding.rule)
        results.push(result(item.file, finding))
      }
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sciatica-content validate',
            version,
            informationUri: 'https://www.npmjs.com/package/sciatica-content',
            rules: [...rules].sort().map((id) => ({id})),
          },
        },
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
