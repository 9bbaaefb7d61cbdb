// `npm run schemas`: writes the JSON Schema of every kind of story file to src/content/schema/
// (see src/lib/content/json-schema.ts). Run it after changing src/lib/content/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_SCHEMAS, jsonSchemaText } from '../src/lib/content/json-schema.ts';

const dir = join(import.meta.dirname, '../src/content/schema');
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(FILE_SCHEMAS)) writeFileSync(join(dir, `${name}.schema.json`), jsonSchemaText(name));
console.log(`schemas: ${Object.keys(FILE_SCHEMAS).length} files in src/content/schema/`);
