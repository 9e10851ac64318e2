import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { connectMongo, ensureIndexes } from '../src/db/mongo';
import { registerModels } from '../src/models';
import { OFFICE_LEVELS } from '../src/offices/model';
import { createOffice, findOfficeByCode } from '../src/offices/service';
import { createStaff } from '../src/staff/service';

/**
 * Creates an office's first admin:
 *   npm run admin:create -- --office NB --name nb-admin --password '...'
 * For a brand-new deployment, also create the top office:
 *   npm run admin:create -- --office NB --office-name 宁波市和创办 --name nb-admin --password '...'
 */
const args = z
  .object({
    office: z.string().regex(/^[A-Za-z0-9-]{2,32}$/, 'office code: 2 to 32 letters, digits or -'),
    name: z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/, 'login name: 3 to 64 letters, digits, _ . or -'),
    password: z.string().min(10, 'password: at least 10 characters'),
    'display-name': z.string().min(1).max(40).optional(),
    'office-name': z.string().min(1).max(60).optional(),
    level: z.enum(OFFICE_LEVELS).default('city'),
  })
  .strict();

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      office: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'display-name': { type: 'string' },
      'office-name': { type: 'string' },
      level: { type: 'string' },
    },
    strict: true,
  });
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n`);
    process.exit(2);
  }
  const input = parsed.data;
  const config = loadConfig();
  const conn = await connectMongo(config);
  try {
    const models = registerModels(conn);
    await ensureIndexes(conn);
    let office = await findOfficeByCode(models.Office, input.office);
    if (!office) {
      if (!input['office-name']) throw new Error(`No office with code ${input.office}. Add --office-name to create it as the top office.`);
      office = await createOffice(models.Office, { code: input.office, name: input['office-name'], level: input.level, parent: null });
      process.stdout.write(`Created office ${office.code} ${office.name} (${office.level})\n`);
    }
    const staff = await createStaff(models.Staff, {
      username: input.name,
      name: input['display-name'] ?? input.name,
      role: 'admin',
      officeId: office._id,
      password: input.password,
    });
    process.stdout.write(`Created admin ${staff.username} for ${office.code} ${office.name}. Sign in with POST /api/admin/login.\n`);
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
