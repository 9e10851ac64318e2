import { Conflict } from '../errors';
import { isDuplicateKey } from '../db/mongo';
import { hashPassword } from './passwords';
import type { Scope } from '../scope';
import type { Staff, StaffModel, StaffRole } from './model';

export interface StaffView {
  id: string;
  username: string;
  name: string;
  role: string;
  officeId: string;
  active: boolean;
}

export const toStaffView = (s: Staff): StaffView => ({
  id: String(s._id),
  username: s.username,
  name: s.name,
  role: s.role,
  officeId: String(s.officeId),
  active: s.active,
});

export async function createStaff(
  Staff: StaffModel,
  input: { username: string; name: string; role: StaffRole; officeId: Staff['officeId']; password: string },
): Promise<Staff> {
  try {
    const { password, ...fields } = input;
    const created = await Staff.create({ ...fields, passwordHash: await hashPassword(password) });
    return created.toObject() as Staff;
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Username ${input.username} is taken`);
    throw err;
  }
}

export async function listStaff(Staff: StaffModel, scope: Scope): Promise<StaffView[]> {
  const rows = (await Staff.find({ officeId: { $in: scope.officeIds } }).sort({ username: 1 }).lean()) as Staff[];
  return rows.map(toStaffView);
}
