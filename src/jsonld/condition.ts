import type {MedicalConditionLeaf} from 'schema-dts'
import {treatmentsOf} from '../content/treatments.js'
import {idReference, pageNodeId, treatmentNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/** A fact of the condition as schema.org has it: its name and, where the article gives one, a
 * description. */
function fact<const Type extends string>(
  type: Type,
  item: {readonly name: string; readonly description?: string},
) {
  return {
    '@type': type,
    name: item.name,
    ...(item.description === undefined ? {} : {description: item.description}),
  }
}

/**
 * The condition (a MedicalCondition): its codes, anatomy, causes, risk factors, symptoms and
 * the treatments the article names (as references to the treatment nodes).
 */
export function buildConditionNode({
  content,
  host,
  page,
}: GraphInput): MedicalConditionLeaf & {'@id': string} {
  const {condition} = content
  // A list the content leaves empty is left out: schema.org has no use for `[]`.
  const list = <Key extends string, Item>(key: Key, items: readonly Item[]) =>
    (items.length === 0 ? {} : {[key]: items}) as {[K in Key]?: Item[]}
  return {
    '@type': 'MedicalCondition',
    '@id': pageNodeId(page, 'condition'),
    name: condition.name,
    ...list(
      'code',
      condition.codes.map((code) => ({
        '@type': 'MedicalCode' as const,
        codeValue: code.codeValue,
        codingSystem: code.codingSystem,
        name: code.name,
      })),
    ),
    ...list(
      'associatedAnatomy',
      condition.associatedAnatomy.map((anatomy) => fact(anatomy.type, anatomy)),
    ),
    pathophysiology: condition.pathophysiology.text,
    ...list(
      'cause',
      condition.causes.map((cause) => fact('MedicalCause', cause)),
    ),
    ...list(
      'riskFactor',
      condition.riskFactors.map((riskFactor) => fact('MedicalRiskFactor', riskFactor)),
    ),
    ...list(
      'signOrSymptom',
      condition.symptoms.map((symptom) => fact('MedicalSignOrSymptom', symptom)),
    ),
    ...list(
      'possibleTreatment',
      treatmentsOf(condition).map((treatment) => idReference(treatmentNodeId(host, treatment.id))),
    ),
  }
}
