// npm run schema: rewrite data/schema.json from the zod schema (a unit test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../src/model/schema';

writeFileSync('data/schema.json', `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
console.log('data/schema.json written');
