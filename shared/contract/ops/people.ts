import type { ImportReport } from '../../domain/csv-mapping';
import {
  acknowledgeSchema,
  peopleImportSchema,
  peoplePopulationSchema,
  personCreateSchema,
  personIdSchema,
  personUpdateSchema,
  trainingAddSchema,
  type PersonDetail,
  type PersonSummary,
  type PopulationCsv,
} from '../../domain/people';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** People, policy acknowledgements and security training. */
export const peopleOps = {
  'people.list': read(empty, 'Everyone on record, with training and acknowledgement state').returns<PersonSummary[]>(),
  'people.get': read(personIdSchema, 'One person with their training and acknowledgements').returns<PersonDetail>(),
  'people.create': write(personCreateSchema, 'Add a person').returns<PersonDetail>(),
  'people.update': write(
    personUpdateSchema,
    "Change a person's details, e.g. record that they left",
  ).returns<PersonDetail>(),
  'people.remove': write(
    personIdSchema,
    'Delete a person entered by mistake, with their training and acknowledgements',
  ).returns<null>(),
  'people.addTraining': write(trainingAddSchema, 'Record a training course completed by one or more people').returns<{
    added: number;
  }>(),
  'people.removeTraining': write(personIdSchema, 'Delete one training record').returns<null>(),
  'people.acknowledge': write(
    acknowledgeSchema,
    'Record that people acknowledged an approved policy version (the live one unless named)',
  ).returns<{ added: number }>(),
  'people.removeAcknowledgement': write(personIdSchema, 'Delete one policy acknowledgement').returns<null>(),
  'people.import': write(
    peopleImportSchema,
    'Import people from CSV with a column mapping; any bad row is reported by line and nothing is imported',
  ).returns<ImportReport>(),
  'people.population': read(
    peoplePopulationSchema,
    'Hires or terminations in a period (the engagement period by default) as CSV',
  ).returns<PopulationCsv>(),
} as const;
