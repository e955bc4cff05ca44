import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../modules.js';

/** `npm run schema`: prints the Pothos schema to schema/schema.graphql (a test fails when it is stale). */
writeFileSync(new URL('../../schema/schema.graphql', import.meta.url), `${printSchema(schema)}\n`);
console.log('schema/schema.graphql written');
