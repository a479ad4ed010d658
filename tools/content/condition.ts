import {conditionSchema} from '../../src/content/schema.js'
import type {Condition} from '../../src/content/types.js'
import {checkQuotes, checkUniqueIds} from './facts.js'
import {validateYaml, type YamlSource} from './yaml.js'

/**
 * Compile `content/condition.yaml`: checked against its schema, every quote found in the
 * article, ids unique where they share an `@id` space.
 */
export function compileCondition(source: YamlSource, articleText: string): Condition {
  const condition = validateYaml(source, conditionSchema)
  checkQuotes(source, condition, articleText)
  checkUniqueIds(source, {associatedAnatomy: condition.associatedAnatomy}, 'anatomy')
  checkUniqueIds(source, {causes: condition.causes}, 'causes')
  checkUniqueIds(source, {riskFactors: condition.riskFactors}, 'risk factors')
  checkUniqueIds(source, {symptoms: condition.symptoms}, 'symptoms')
  checkUniqueIds(
    source,
    {treatments: condition.treatments, physicalTherapyTypes: condition.physicalTherapyTypes},
    'treatments and physical-therapy types',
  )
  return condition
}
