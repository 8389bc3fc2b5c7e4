// Loads the extension's pure modules (classic scripts that also export for
// CommonJS) into the Node test process.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'extension');
const require = createRequire(import.meta.url);
export const load = (name) => require(path.join(EXT, 'lib', name + '.js'));
