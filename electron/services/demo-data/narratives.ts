import type { Vault } from '../../vault/vault';
import type { DemoSize } from '../demo';

/** The demo's system description narratives and self-check runs: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoNarratives(_vault: Vault, _size: DemoSize): void {}
