// Times Mozilla Readability (with jsdom, as Firefox's reader view runs it in Node) on the article-
// extraction benchmark's pages, single-threaded, and writes its article bodies for scoring.
// Usage: node bench/readability-extract.mjs --data DIR --out FILE [--rounds N]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const data = option("--data", path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../shared/data/bench/article-extraction"));
const out = option("--out", null);
const rounds = Number(option("--rounds", "3"));

const truth = JSON.parse(fs.readFileSync(path.join(data, "ground-truth.json"), "utf8"));
const pages = Object.keys(truth).sort().map((id) => ({
  id,
  url: truth[id].url,
  html: zlib.gunzipSync(fs.readFileSync(path.join(data, "html", `${id}.html.gz`))).toString("utf8"),
}));
const quiet = new VirtualConsole(); // pages' CSS and script errors are not ours to print

// jsdom's CSS parser throws on some pages' styles; such a page counts as extracting nothing.
let failures = 0;
function extract(page) {
  try {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? "";
  } catch {
    failures++;
    return "";
  }
}

const bodies = {};
for (const page of pages) {
  bodies[page.id] = { articleBody: extract(page) }; // also the warm-up round
}
const seconds = [];
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  for (const page of pages) {
    extract(page);
  }
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
console.log(`readability: ${(pages.length / median).toFixed(0)} pages/s, ${(megabytes / median).toFixed(1)} MB/s, median of ${rounds} rounds over ${pages.length} pages (${seconds.map((s) => (pages.length / s).toFixed(0)).join(", ")} pages/s); ${failures / (rounds + 1)} pages failed per round`);
if (out) {
  fs.writeFileSync(out, JSON.stringify(bodies));
}
