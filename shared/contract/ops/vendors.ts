/** Vendors, subservice organizations and complementary user entity controls. */
export const vendorOps = {} as const;
