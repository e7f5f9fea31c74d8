/**
 * @title A page without COOP and COEP gets no SharedArrayBuffer
 * @topic Sharing memory
 * @host browser
 * @isolated false
 * @expect "main: crossOriginIsolated false | SharedArrayBuffer undefined"
 *         sc: always  tso: always  relaxed: always
 * @expect "[main threw Error: Cannot use SharedArrayBuffer]"
 *         sc: always  tso: always  relaxed: always
 * @expect "worker: sees 42"  sc: never  tso: never  relaxed: never
 *
 * This page was served without the two headers that make it *cross-origin
 * isolated*, which is what `@isolated false` in this header simulates. Then
 * `crossOriginIsolated` is `false` and the global `SharedArrayBuffer` does not
 * exist. The program prints both facts and then does the book's check, which
 * throws the book's error before anything is shared.
 *
 * **Try it.** Run it: two lines, then `main` throws
 * `Error: Cannot use SharedArrayBuffer` and the worker is never created. Delete
 * the `if` and run again: now `new SharedArrayBuffer(4)` itself fails, with
 * `ReferenceError: SharedArrayBuffer is not defined`. The book's check is there
 * to fail early, with a message that names the cause.
 *
 * **Why.** The book: "For security reasons (related to the Spectre CPU attack),
 * the SharedArrayBuffer object isn't always available for instantiation."
 * A worker that increments a shared counter in a loop is a very fine clock, and
 * a fine clock is what Spectre attacks need to read, from cache timings, memory
 * the page should not see. So browsers offer shared memory only to pages that
 * promise to keep other sites' data out of their process. The server makes that
 * promise with two HTTP headers on the page:
 *
 *     Cross-Origin-Opener-Policy: same-origin
 *     Cross-Origin-Embedder-Policy: require-corp
 *
 * The first puts the page in a browsing context group of its own: windows of
 * other sites cannot reach it, so they need not share its process. The second
 * lets the page load only resources that agree to it: same-origin ones, and
 * cross-origin ones sent with CORS or a `Cross-Origin-Resource-Policy` header.
 * With both, the browser sets `crossOriginIsolated` to `true` and offers
 * `SharedArrayBuffer` (HTML Standard, cross-origin isolation). ECMA-262 has no
 * say in this: it is the host's decision. The book adds: "Node.js doesn't have
 * the same restrictions."
 *
 * **The fix** is on the server, not in the program: serve the page with both
 * headers. Scenario 06 runs this same program on such a page.
 */
console.log('crossOriginIsolated', crossOriginIsolated);
console.log('SharedArrayBuffer', typeof SharedArrayBuffer);
if (!crossOriginIsolated) {
    throw new Error('Cannot use SharedArrayBuffer');
}
const ia = new Int32Array(new SharedArrayBuffer(4));
ia[0] = 42;
agent('worker', () => {
    console.log('sees', Atomics.load(ia, 0));
});
