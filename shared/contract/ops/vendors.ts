import { z } from 'zod';
import { cuecSaveSchema, type Cuec } from '../../domain/cuecs';
import {
  vendorCreateSchema,
  vendorIdSchema,
  vendorRemoveSchema,
  vendorUpdateSchema,
  type Vendor,
} from '../../domain/vendors';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** Vendors, subservice organizations and complementary user entity controls. */
export const vendorOps = {
  'vendors.list': read(empty, 'Every vendor with its assurance report, review dates and gaps').returns<Vendor[]>(),
  'vendors.get': read(z.object({ id: vendorIdSchema }).strict(), 'One vendor').returns<Vendor>(),
  'vendors.create': write(vendorCreateSchema, 'Add a vendor').returns<Vendor>(),
  'vendors.update': write(
    vendorUpdateSchema,
    "Change a vendor's details, subservice treatment, SOC 2 report, reviews and links",
  ).returns<Vendor>(),
  'vendors.remove': write(vendorRemoveSchema, 'Remove a vendor; the reason is kept in the audit trail').returns<null>(),
  'cuecs.list': read(empty, "The complementary user entity controls of the engagement's system").returns<Cuec[]>(),
  'cuecs.save': write(
    cuecSaveSchema,
    'Replace the list of complementary user entity controls (order kept; entries left out are removed)',
  ).returns<Cuec[]>(),
} as const;
