/**
 * @title A cross-origin isolated page shares memory
 * @topic Sharing memory
 * @host browser
 * @expect "main: crossOriginIsolated true | SharedArrayBuffer function; worker: sees 42"
 *         sc: always  tso: always  relaxed: always
 *
 * The program of scenario 05, unchanged, on a page served with the two
 * headers:
 *
 *     Cross-Origin-Opener-Policy: same-origin
 *     Cross-Origin-Embedder-Policy: require-corp
 *
 * Now `crossOriginIsolated` is `true`, `SharedArrayBuffer` is a constructor,
 * the book's check passes, and `main` shares a buffer with a worker that reads
 * the `42` written into it.
 *
 * **Try it.** Run it and compare with scenario 05: the only difference is the
 * missing `@isolated false` line in the header, which is how a scenario says
 * how its page was served. Put the line back and the program stops at its own
 * `throw` again.
 *
 * **What changed, and why it works.** Not a line of the program: the server
 * now sends the headers, so the browser isolates the page (HTML Standard,
 * cross-origin isolation) and offers it shared memory. In development, serve
 * the page from a server that sets both headers, as the book's test server
 * does; the book reminds you to set them in production too. Every resource the
 * page loads from another site must then allow it, with CORS or a
 * `Cross-Origin-Resource-Policy` header, or the browser blocks it.
 *
 * **Why the worker sees 42.** `main` writes `ia[0]` before it creates the
 * worker, and creating an agent *happens before* everything that agent does
 * (the host adds that edge; ECMA-262 §29, Memory Model, allows it). So the
 * worker's load is ordered after the write under every model.
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
