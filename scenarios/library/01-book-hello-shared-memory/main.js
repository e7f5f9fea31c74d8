/**
 * @title Hello, shared memory: the book's first example
 * @topic Sharing memory
 * @host browser
 * @expect "main: now 0 | later 2 | prop undefined; worker: updated in worker"
 *         sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "worker: updated in worker"  sc: always  tso: always  relaxed: always
 * @expect "main: now 0 | later 0 | prop undefined"  tso: sometimes  relaxed: sometimes
 *
 * The book's `ch4-web-workers` example, exactly as printed (only this comment is
 * new): `index.html` loads `main.js`, which starts `worker.js`, makes a 1 KiB
 * `SharedArrayBuffer`, puts a `Uint8Array` view on it and posts the buffer to the
 * worker. The worker sets a property `foo` on the buffer object and writes `2`
 * into byte 0. Half a second later `main` reads byte 0 again and looks for `foo`.
 *
 * **Try it.** Step until `main` prints `now 0`, let the worker run its
 * `onmessage` handler, then fire the timer: `later 2` and `prop undefined`. The
 * memory is shared; the object is not. `postMessage` gives the worker a new
 * `SharedArrayBuffer` object around the same bytes, so `buffer.foo = 42` lands on
 * the worker's object and `main` never sees it.
 *
 * **The first line.** `crossOriginIsolated` is true only on a page served with
 * `Cross-Origin-Opener-Policy: same-origin` and
 * `Cross-Origin-Embedder-Policy: require-corp`; without those headers browsers do
 * not offer `SharedArrayBuffer` at all (a precaution against Spectre). Write
 * `@isolated false` in this header and the program stops at its own `throw`
 * (scenarios 05 and 06).
 *
 * **Later 2, maybe.** The book calls the worker's timing "mostly indeterminate",
 * and the memory model agrees more strongly than that: nothing orders the
 * worker's write before `main`'s second read. No message goes back and no
 * `Atomics` operation is used, so the write and the read are a data race
 * (ECMA-262 §29, Memory Model) and the read may still return the old `0`. Explore
 * the outcomes under TSO or the relaxed model to find `later 0`. On a real
 * machine half a second is practically always long enough, but nothing promises
 * it; the scenarios that follow show how `Atomics` make such promises.
 */
if (!crossOriginIsolated) { // 1
 throw new Error('Cannot use SharedArrayBuffer');
}
const worker = new Worker('worker.js');
const buffer = new SharedArrayBuffer(1024); // 2
const view = new Uint8Array(buffer); // 3
console.log('now', view[0]);
worker.postMessage(buffer);
setTimeout(() => {
 console.log('later', view[0]);
 console.log('prop', buffer.foo); // 4
}, 500);
