// Fails when the running Node.js is outside package.json's engines: CI runs the app on each line's lowest version.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const range = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
if (!semver.satisfies(process.versions.node, range)) {
  console.error(`Node.js ${process.versions.node} is outside engines ${range}`);
  process.exit(1);
}
console.log(`Node.js ${process.versions.node} is inside engines ${range}`);
