/** Writes docs/nginx.conf from scripts/headers.ts: `npx tsx scripts/nginx-conf.ts`. */
import { writeFileSync } from 'node:fs';
import { nginxConf } from './headers.ts';

writeFileSync('docs/nginx.conf', nginxConf());
console.log('docs/nginx.conf written');
