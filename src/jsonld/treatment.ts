import type {
  ExercisePlanLeaf,
  MedicalTherapyLeaf,
  MergeLeafTypes,
  PhysicalTherapyLeaf,
  SurgicalProcedureLeaf,
} from 'schema-dts'
import {treatmentsOf} from '../content/treatments.js'
import type {Treatment} from '../content/types.js'
import type {Host} from '../host/host.js'
import {schemaOrgMember, treatmentNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/** A treatment node: a therapy, an exercise plan, or a therapy that is also a procedure. */
export type TreatmentNode = (
  | PhysicalTherapyLeaf
  | MedicalTherapyLeaf
  | ExercisePlanLeaf
  | SurgicalProcedureLeaf
  | MergeLeafTypes<[MedicalTherapyLeaf, SurgicalProcedureLeaf]>
) & {'@id': string}

function buildTreatmentNode(host: Host, treatment: Treatment): TreatmentNode {
  const type = treatment.type
  return {
    '@type': typeof type === 'string' ? type : [...type],
    '@id': treatmentNodeId(host, treatment.id),
    name: treatment.name,
    ...(treatment.description === undefined ? {} : {description: treatment.description}),
    ...(treatment.exerciseType === undefined ? {} : {exerciseType: treatment.exerciseType}),
    ...(treatment.procedureType === undefined
      ? {}
      : {procedureType: schemaOrgMember(treatment.procedureType.value)}),
    // schema-dts types one `@type` per leaf; a list of them is checked against the vocabulary by
    // the validator's tests instead.
  } as TreatmentNode
}

/**
 * The treatments a page names, at the top of the graph with their own `@id`s (the condition
 * references them as `possibleTreatment`, clinics as `availableService`): on the article's page
 * every treatment and physical-therapy type in the article's order; elsewhere those the host's
 * clinic offers.
 */
export function buildTreatmentNodes({content, host, page}: GraphInput): TreatmentNode[] {
  const all = treatmentsOf(content.condition)
  const named =
    page.kind === 'article'
      ? all
      : all.filter((treatment) => host.clinic.services.includes(treatment.id))
  return named.map((treatment) => buildTreatmentNode(host, treatment))
}
