/**
 * @title Only the memory is shared, not the object
 * @topic Sharing memory
 * @host browser
 * @expect "main: byte 2 | foo main | same object false; worker: foo undefined"
 *         sc: always  tso: always  relaxed: always
 *
 * The book's first example (scenario 01), changed a little. `main` also puts a
 * property on its buffer object, `buffer.foo = 'main'`, and the worker answers
 * with a message when it is done, so `main` reads the byte at a moment when the
 * worker's write is sure to be visible. The worker reads `foo`, sets its own
 * `foo = 42`, writes `2` into byte 0 and posts the buffer back.
 *
 * **Try it.** Run it and read the two agents' lines. The worker prints
 * `foo undefined`: `main`'s property did not travel with the buffer. `main`
 * prints `byte 2`, the worker's write, and `foo main`: the worker's `42` landed
 * on the worker's object, not on `main`'s. The buffer that comes back is a third
 * object: `same object false`. Explore it under every model: one outcome.
 *
 * **Why.** `postMessage` makes a structured clone (HTML Standard,
 * StructuredSerialize). For a `SharedArrayBuffer` the clone is a new
 * `SharedArrayBuffer` object around the *same* Shared Data Block; nothing else
 * about the object is copied, so the properties you add stay behind. The
 * memory is what is shared: byte 0 is the same byte in every agent, whichever
 * object or view reaches it. Every view you make (`new Uint8Array(buffer)`) is
 * a window on those bytes, in whichever agent made it.
 *
 * **Why the byte is sure to be 2.** In scenario 01, `main` reads byte 0 after a
 * timer, and nothing orders the worker's write before that read: it may still
 * see `0`. Here `main` reads it in the handler of the worker's message. Sending
 * a message *happens before* receiving it (ECMA-262 §29, Memory Model, lets the
 * host add such edges, and browsers do for `postMessage`), and the worker wrote
 * the byte before it posted. So the read is ordered after the write and gets
 * `2` under every model, with no data race for the Problems tab to report.
 */
const worker = new Worker('worker.js');
const buffer = new SharedArrayBuffer(1024);
const view = new Uint8Array(buffer);
buffer.foo = 'main'; // a property of main's object, not of the memory
worker.onmessage = ({data: returned}) => {
    console.log('byte', view[0]); // 2: the worker's write, through main's view
    console.log('foo', buffer.foo); // main: the worker's 42 is on another object
    console.log('same object', returned === buffer); // false: a new object, same bytes
};
worker.postMessage(buffer);
