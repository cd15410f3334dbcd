// Writes JSON Schemas for rules files to rules/schema/, for editor completion.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { rulesFileSchema, vocabularySchema } from '../src/catalogue/schema.ts';

const out = resolve('rules/schema');
mkdirSync(out, { recursive: true });
const write = (name: string, schema: z.ZodType) => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(resolve(out, name), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`rules:schema: wrote rules/schema/${name}`);
};
write('rules-file.schema.json', rulesFileSchema);
write('vocabulary.schema.json', vocabularySchema);
