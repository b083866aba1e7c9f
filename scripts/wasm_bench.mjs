// The widget's wasm engine on a directory of articles in Node (V8, the
// JavaScript engine of Chromium), without a browser: a quick way to compare
// two builds of the wasm while working on its speed. The browser benchmark
// (tests/browser/bench.test.mjs) is the one the README's budget figures use.
//
//   wasm-bindgen --target web --out-dir /tmp/wb target/wasm32-unknown-unknown/wasm-release/wirelens-widget.wasm
//   echo '{"type":"module"}' > /tmp/wb/package.json
//   node scripts/wasm_bench.mjs /tmp/wb seeds 300        # or DIR = dist/ (then no package.json needed)
//
// Prints the median and 10th percentile wall time of one warm analysis (JSON
// in and out included) and the process's CPU time per analysis, which a
// loaded machine disturbs less than wall time.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundleDir, articlesDir, runsArg] = process.argv.slice(2);
if (!bundleDir || !articlesDir) {
  console.error('usage: node scripts/wasm_bench.mjs BUNDLE_DIR ARTICLES_DIR [runs]');
  process.exit(2);
}
const js = readdirSync(bundleDir).find((f) => f.endsWith('.js') && f.startsWith('wirelens'));
const wasm = readdirSync(bundleDir).find((f) => f.endsWith('.wasm'));
const bindings = await import(pathToFileURL(path.resolve(bundleDir, js)).href);
bindings.initSync({ module: readFileSync(path.join(bundleDir, wasm)) });
const pairs = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f.replace(/\.txt$/, ''), readFileSync(path.join(articlesDir, f), 'utf8')]);
const request = JSON.stringify(pairs);
const runs = Math.max(1, Number(runsArg || 200));
for (let i = 0; i < 50; i++) bindings.analyze_json(request); // warm: lexicons built, code optimised
const times = [];
let out = '';
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  out = bindings.analyze_json(request);
  times.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpuBefore);
times.sort((a, b) => a - b);
const ms = (x) => x.toFixed(2);
console.log(
  `${pairs.length} articles: median ${ms(times[runs >> 1])} ms, p10 ${ms(times[Math.floor(runs / 10)])} ms, ` +
    `CPU ${ms((cpu.user + cpu.system) / 1000 / runs)} ms per analysis (${out.length} bytes of JSON out)`,
);
