import type { Vault } from '../../vault/vault';
import type { DemoSize } from '../demo';

/** The demo's risks, vendors, subservice organizations and CUECs: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoRisksVendors(_vault: Vault, _size: DemoSize): void {}
