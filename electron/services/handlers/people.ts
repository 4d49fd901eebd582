import type { peopleOps } from '../../../shared/contract/ops/people';
import {
  acknowledgePolicy,
  addTraining,
  createPerson,
  getPerson,
  listPeople,
  removeAcknowledgement,
  removePerson,
  removeTraining,
  updatePerson,
} from '../people';
import { importPeople, peoplePopulation } from '../people-import';
import type { HandlersFor } from './types';

export const peopleHandlers: HandlersFor<typeof peopleOps> = {
  'people.list': (_input, wb) => listPeople(wb.requireVault()),
  'people.get': (input, wb) => getPerson(wb.requireVault(), input.id),
  'people.create': (input, wb) => createPerson(wb.requireVault(), input),
  'people.update': (input, wb) => updatePerson(wb.requireVault(), input),
  'people.remove': (input, wb) => removePerson(wb.requireVault(), input.id),
  'people.addTraining': (input, wb) => addTraining(wb.requireVault(), input),
  'people.removeTraining': (input, wb) => removeTraining(wb.requireVault(), input.id),
  'people.acknowledge': (input, wb) => acknowledgePolicy(wb.requireVault(), input),
  'people.removeAcknowledgement': (input, wb) => removeAcknowledgement(wb.requireVault(), input.id),
  'people.import': (input, wb) => importPeople(wb.requireVault(), input),
  'people.population': (input, wb) => peoplePopulation(wb.requireVault(), input),
};
