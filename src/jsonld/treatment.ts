import type {
  ExercisePlanLeaf,
  MedicalTherapyLeaf,
  MergeLeafTypes,
  PhysicalTherapyLeaf,
  SurgicalProcedureLeaf,
} from 'schema-dts'
import {condition} from '../content/index.js'
import type {Treatment} from '../content/types.js'
import {treatmentNodeId} from './ids.js'
import type {Site} from './options.js'
import {schemaOrgMember} from './organization.js'

/** A treatment node: a therapy, an exercise plan, or a therapy that is also a procedure. */
export type TreatmentNode = (
  | PhysicalTherapyLeaf
  | MedicalTherapyLeaf
  | ExercisePlanLeaf
  | SurgicalProcedureLeaf
  | MergeLeafTypes<[MedicalTherapyLeaf, SurgicalProcedureLeaf]>
) & {'@id': string}

/**
 * A treatment of the condition. Referenced from the condition (`possibleTreatment`) and from
 * clinics (`availableService`), so it sits at the top of the graph with its own `@id`.
 */
export function buildTreatmentNode(site: Site, treatment: Treatment): TreatmentNode {
  return {
    '@type': treatment.type,
    '@id': treatmentNodeId(site, treatment.id),
    name: treatment.name,
    ...(treatment.description === undefined ? {} : {description: treatment.description}),
    ...(treatment.exerciseType === undefined ? {} : {exerciseType: treatment.exerciseType}),
    ...(treatment.procedureType === undefined
      ? {}
      : {procedureType: schemaOrgMember(treatment.procedureType.value)}),
  } as TreatmentNode
}

/**
 * Every treatment and physical-therapy type the article names, in its order.
 */
export function buildTreatmentNodes(site: Site): TreatmentNode[] {
  return [...condition.treatments, ...condition.physicalTherapyTypes].map((treatment) =>
    buildTreatmentNode(site, treatment),
  )
}
