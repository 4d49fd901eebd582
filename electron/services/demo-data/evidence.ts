import type { Vault } from '../../vault/vault';
import type { DemoSize } from '../demo';

/** The demo's evidence items: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoEvidence(_vault: Vault, _size: DemoSize): void {}
