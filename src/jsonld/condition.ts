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
  return {
    '@type': 'MedicalCondition',
    '@id': pageNodeId(page, 'condition'),
    name: condition.name,
    code: condition.codes.map((code) => ({
      '@type': 'MedicalCode',
      codeValue: code.codeValue,
      codingSystem: code.codingSystem,
      name: code.name,
    })),
    associatedAnatomy: condition.associatedAnatomy.map((anatomy) => fact(anatomy.type, anatomy)),
    pathophysiology: condition.pathophysiology.text,
    cause: condition.causes.map((cause) => fact('MedicalCause', cause)),
    riskFactor: condition.riskFactors.map((riskFactor) => fact('MedicalRiskFactor', riskFactor)),
    signOrSymptom: condition.symptoms.map((symptom) => fact('MedicalSignOrSymptom', symptom)),
    possibleTreatment: treatmentsOf(condition).map((treatment) =>
      idReference(treatmentNodeId(host, treatment.id)),
    ),
  }
}
