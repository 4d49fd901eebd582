import { z } from 'zod';
import { distinct, requiredText } from '../contract/primitives';
import { criterionIdSchema } from './controls';

/**
 * Complementary user entity controls: what the report assumes clients do on
 * their side for the criteria to be met (DC6). The vault has one system, so
 * the list is the system's.
 */
export interface Cuec {
  id: number;
  position: number;
  text: string;
  criteria: string[];
  createdAt: string;
  updatedAt: string;
}

/** Sensible CUECs for an AI agency's clients, offered when the list is empty. */
export const SUGGESTED_CUECS: readonly { text: string; criteria: string[] }[] = [
  {
    text: 'Clients decide who in their organisation may use the accounts and deliverables we provide, and tell us promptly when one of those people leaves or changes role.',
    criteria: ['CC6.2', 'CC6.3'],
  },
  {
    text: 'Clients keep the credentials and API keys we issue to them secret, and rotate them when their staff change.',
    criteria: ['CC6.1'],
  },
  {
    text: 'Clients send data to us only through the secure channels agreed for the engagement, and send no more personal or sensitive data than the work needs.',
    criteria: ['CC6.7', 'C1.1'],
  },
  {
    text: 'Clients have the consent or other legal basis needed for any personal data they give us to process.',
    criteria: ['P3.2', 'P2.1'],
  },
  {
    text: 'Clients review model outputs before relying on them for decisions that affect people, money or safety.',
    criteria: ['PI1.4'],
  },
  {
    text: 'Clients tell us about changes to their data, systems or requirements that could affect the models we build or run for them.',
    criteria: ['CC2.3', 'PI1.1'],
  },
  {
    text: 'Clients report suspected security incidents, misuse or unexpected model behaviour to our security contact without delay.',
    criteria: ['CC2.3', 'CC7.3'],
  },
];

export const cuecEntrySchema = z
  .object({
    /** The stored CUEC this entry edits; absent for a new one. */
    id: z.number().int().positive().optional(),
    text: requiredText('The control', 1000),
    criteria: distinct(z.array(criterionIdSchema).max(20), 'A criterion').default([]),
  })
  .strict();

/** The whole list in its new order: entries left out are removed. */
export const cuecSaveSchema = z.object({ cuecs: z.array(cuecEntrySchema).max(100) }).strict();
export type CuecSaveInput = z.input<typeof cuecSaveSchema>;
