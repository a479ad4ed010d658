import type {Finding} from './findings.js'
import type {NodeReport, ValidationReport} from './index.js'

// Where a finding is: the line and column of its script (or of a syntax error) when known, else
// the document's number when there are several; then the JSON path.
function where(finding: Finding, documents: number): string {
  const place =
    finding.line !== undefined
      ? `${finding.line}:${finding.column} `
      : documents > 1
        ? `#${finding.document} `
        : ''
  return `${place}${finding.path === '' ? '(root)' : finding.path}`
}

function node(finding: Finding): string {
  const parts = [finding.nodeType?.join('+'), finding.nodeId].filter(Boolean)
  return parts.length === 0 ? '' : ` [${parts.join(' ')}]`
}

function google(report: NodeReport): string {
  const {google} = report
  if (google.feature === null) return google.note
  const problems = [
    ...(google.missingRequired.length === 0
      ? []
      : [`missing ${google.missingRequired.join(', ')}`]),
    ...(google.invalidRequired.length === 0
      ? []
      : [`errors in ${google.invalidRequired.join(', ')}`]),
  ]
  const state = google.eligible
    ? google.richResult
      ? 'eligible'
      : 'complete (no rich result of its own)'
    : `not eligible, ${problems.join('; ')}`
  const recommended =
    google.missingRecommended.length === 0
      ? ''
      : `; recommended: ${google.missingRecommended.join(', ')}`
  return `${google.feature}: ${state}${recommended}`
}

/**
 * A report as text for people: one line a finding (severity, place, rule, message, node), a line
 * for the findings left out by `maxFindings`, then what Google does with each node.
 *
 * @param name
 *   What was checked, such as a file name, for the first line (default: none).
 */
export function formatReport(report: ValidationReport, name?: string): string {
  const lines = name === undefined ? [] : [name]
  const shown = [...report.errors, ...report.warnings, ...report.notes]
  for (const finding of shown) {
    lines.push(
      `  ${finding.severity.padEnd(7)} ${where(finding, report.documents)}  ${finding.message}  ${finding.rule}${node(finding)}`,
    )
  }
  const {totals} = report
  const omitted = totals.errors + totals.warnings + totals.notes - shown.length
  if (omitted > 0) {
    lines.push(
      `  ...     ${omitted} more finding${omitted === 1 ? '' : 's'} not shown (${totals.errors} errors, ${totals.warnings} warnings, ${totals.notes} notes in all)`,
    )
  }
  for (const item of report.nodes) {
    const label = [item.types.join('+') || '(untyped)', item.id].filter(Boolean).join(' ')
    lines.push(`  node    ${label}: ${google(item)}`)
  }
  return `${lines.join('\n')}\n`
}
