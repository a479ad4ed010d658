import type {Finding} from './findings.js'
import type {NodeReport, ValidationReport} from './index.js'

function where(finding: Finding, documents: number): string {
  const document = documents > 1 ? `#${finding.document} ` : ''
  return `${document}${finding.path === '' ? '(root)' : finding.path}`
}

function node(finding: Finding): string {
  const parts = [finding.nodeType?.join('+'), finding.nodeId].filter(Boolean)
  return parts.length === 0 ? '' : ` [${parts.join(' ')}]`
}

function google(report: NodeReport): string {
  const {google} = report
  if (google.feature === null) return google.note
  const state = google.eligible
    ? google.richResult
      ? 'eligible'
      : 'complete (no rich result of its own)'
    : `not eligible, missing ${google.missingRequired.join(', ')}`
  const recommended =
    google.missingRecommended.length === 0
      ? ''
      : `; recommended: ${google.missingRecommended.join(', ')}`
  return `${google.feature}: ${state}${recommended}`
}

/**
 * A report as text for people: one line a finding (severity, place, rule, message, node), then
 * what Google does with each node.
 *
 * @param name
 *   What was checked, such as a file name, for the first line (default: none).
 */
export function formatReport(report: ValidationReport, name?: string): string {
  const lines = name === undefined ? [] : [name]
  for (const finding of [...report.errors, ...report.warnings]) {
    lines.push(
      `  ${finding.severity.padEnd(7)} ${where(finding, report.documents)}  ${finding.message}  ${finding.rule}${node(finding)}`,
    )
  }
  for (const item of report.nodes) {
    const label = [item.types.join('+') || '(untyped)', item.id].filter(Boolean).join(' ')
    lines.push(`  node    ${label}: ${google(item)}`)
  }
  return `${lines.join('\n')}\n`
}
