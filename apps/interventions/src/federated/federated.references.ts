import { uuidKey } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../interventions-context';
import { districtRef, indicatorRef, organisationRef } from './federated-entities';

/** Other subgraphs' entities, referred to by their keys: nothing more is needed to add fields. */
export const resolveOrganisationReference = (reference: Record<string, unknown>) =>
  organisationRef(String(reference.code));

export const resolveDistrictReference = (reference: Record<string, unknown>) =>
  districtRef(String(reference.code));

export const resolveIndicatorReference = (reference: Record<string, unknown>) =>
  indicatorRef(String(reference.key));

/** A follow-up indicator referred to by id (e.g. by the situation subgraph). */
export const resolveFollowUpReference = (
  reference: Record<string, unknown>,
  { loaders }: InterventionsContext,
) => loaders.followUp.load(uuidKey(reference));
