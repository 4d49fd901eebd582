import type { vendorOps } from '../../../shared/contract/ops/vendors';
import { listCuecs, saveCuecs } from '../cuecs';
import { createVendor, getVendor, listVendors, removeVendor, updateVendor } from '../vendors';
import type { HandlersFor } from './types';

export const vendorHandlers: HandlersFor<typeof vendorOps> = {
  'vendors.list': (_input, wb) => listVendors(wb.requireVault()),
  'vendors.get': (input, wb) => getVendor(wb.requireVault(), input.id),
  'vendors.create': (input, wb) => createVendor(wb.requireVault(), input),
  'vendors.update': (input, wb) => updateVendor(wb.requireVault(), input),
  'vendors.remove': (input, wb) => removeVendor(wb.requireVault(), input),
  'cuecs.list': (_input, wb) => listCuecs(wb.requireVault()),
  'cuecs.save': (input, wb) => saveCuecs(wb.requireVault(), input),
};
