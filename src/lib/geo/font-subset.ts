/**
 * A font cut to the characters a drawing uses, made in a worker thread.
 * subset-font runs HarfBuzz in WebAssembly from one instance per process,
 * whose memory grows to hold the 15 MB CJK font and is never given back: in
 * the build's own thread that was about 130 MB held to the end of the build
 * (issue 17). A worker's memory is freed when it exits.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker: reads the font, subsets it, posts the bytes back and ends. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const subsetFont = require(workerData.subsetFont);
subsetFont(readFileSync(workerData.fontFile), workerData.text, { targetFormat: 'sfnt' })
  .then((bytes) => parentPort.postMessage(bytes));
`;

/** The font at `fontFile` (TrueType or OpenType) cut to the characters of `text`, as an sfnt font. */
export function subsetFontFile(fontFile: string, text: string): Promise<Uint8Array> {
  const subsetFont = createRequire(import.meta.url).resolve('subset-font');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { subsetFont, fontFile, text } });
    worker.once('message', (bytes: Uint8Array) => resolve(bytes));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`font subsetting of ${fontFile} ended (exit code ${code}) without a result`)));
  });
}
