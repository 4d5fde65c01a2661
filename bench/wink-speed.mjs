// wink-nlp + wink-eng-lite-web-model on the texts `Corroborate.Bench language-speed --dump-text`
// writes (UD EWT train rebuilt as running paragraphs), single-threaded, stage by stage like ours:
// tokenizer (pipe []); + sentences (sbd); + tagger (sbd, pos); + entities (sbd, pos, ner); and the
// default pipeline (every annotation the model has: also negation, sentiment, custom entities).
// Each round reads every document and materialises what the stage computes: tokens().out(),
// sentences().out(), tokens().out(its.pos), entities().out(). Warm-up rounds, then the median of
// the timed rounds; tokens are wink's own count. Run by bench/language-speed.sh.
//
// usage: node bench/wink-speed.mjs --texts FILE.jsonl [--rounds 5] [--warmup 3]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const winkVersion = require('wink-nlp/package.json').version;
const modelVersion = require('wink-eng-lite-web-model/package.json').version;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const textsPath = option('--texts');
if (!textsPath) {
  console.error('usage: node bench/wink-speed.mjs --texts FILE.jsonl [--rounds N] [--warmup N]');
  process.exit(2);
}
const rounds = Number(option('--rounds', '5'));
const warmups = Number(option('--warmup', '3'));
const texts = readFileSync(textsPath, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line));

const loadStart = process.hrtime.bigint();
const stages = [
  { name: 'tokenizer', pipe: [] },
  { name: '+ sentences', pipe: ['sbd'] },
  { name: '+ tagger', pipe: ['sbd', 'pos'] },
  { name: '+ entities', pipe: ['sbd', 'pos', 'ner'] },
  { name: 'default pipe', pipe: undefined },
].map((stage) => {
  const nlp = winkNLP(model, stage.pipe);
  const its = nlp.its;
  const pipe = stage.pipe ?? ['sbd', 'pos', 'ner'];
  const run = (doc) => {
    doc.tokens().out();
    if (pipe.includes('sbd')) doc.sentences().out();
    if (pipe.includes('pos')) doc.tokens().out(its.pos);
    if (pipe.includes('ner')) doc.entities().out();
  };
  return { name: stage.name, nlp, run };
});
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
console.log(`wink-nlp ${winkVersion} + wink-eng-lite-web-model ${modelVersion}: models loaded in ${loadSeconds.toFixed(2)} s`);

// wink's own token count, from its tokenizer (the same for every pipe).
const tokenCount = texts.reduce((sum, text) => sum + stages[0].nlp.readDoc(text).tokens().length(), 0);

for (const { name, nlp, run } of stages) {
  const once = () => { for (const text of texts) run(nlp.readDoc(text)); };
  for (let i = 0; i < warmups; i++) once();
  const seconds = [];
  for (let i = 0; i < rounds; i++) {
    if (global.gc) global.gc();
    const start = process.hrtime.bigint();
    once();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
  const each = seconds.map((s) => (tokenCount / s / 1000).toFixed(0)).join(', ');
  console.log(`${name.padEnd(12)} ${(tokenCount / median / 1000).toFixed(0).padStart(6)}k tokens/s (rounds: ${each}k)`);
}
// maxRSS is in kilobytes (KiB) on Linux.
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(`${texts.length} documents, ${tokenCount} tokens; peak RSS ${peakMiB.toFixed(0)} MiB`);
