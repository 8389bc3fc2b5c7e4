// Loads the extension's pure modules (classic scripts that also export for
// CommonJS) into the Node test process.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'extension');
const require = createRequire(import.meta.url);
export const load = (name) => require(path.join(EXT, 'lib', name + '.js'));
/** installer/product.json: the extension id and key, host name and hosts. */
export const PRODUCT = JSON.parse(fs.readFileSync(path.join(EXT, '..', 'installer', 'product.json'), 'utf8'));
