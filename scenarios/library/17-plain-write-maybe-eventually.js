/**
 * @title A plain write shows up "maybe, eventually"
 * @topic Ordering and visibility
 * @host browser
 * @expect "main: 163"  sc: always  tso: always  relaxed: always
 * @expect "reader: 163"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 123456"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "reader: 0"  sc: never  tso: never  relaxed: never
 *
 * `main` prints `ia[37]` (163, the 38th prime) and then overwrites it with a
 * plain assignment; a `reader` agent prints the same element once. In the
 * tutorial's words: "A while after the assignment happened in the writer the
 * change will show up in another agent ... maybe, eventually".
 *
 * **Try it.** Step the reader before `main`'s assignment and it prints `163`;
 * step it after and it prints `123456`. Then switch to TSO: `main`'s store goes
 * into its store buffer first, and the reader can still print `163` *after* the
 * assignment has run, until the buffer drains. How long that takes is, as the
 * tutorial says, "system-dependent".
 *
 * **Why.** Without synchronization the write and the read are a data race and
 * the program is not well-defined (ECMA-262 §29, Memory Model): the read may
 * return either write, whichever the hardware happens to deliver. It never
 * prints `0`, though: starting an agent orders everything its creator did
 * before (like `postMessage`), so the initial zero is already overwritten from
 * the reader's point of view.
 *
 * The tutorial warns that a reader "may observe other values besides 163 and
 * 123456". Those come from optimizing compilers (which may, for instance,
 * re-read a racy location or split an access); the simulator performs each
 * access once, as written, and aligned `Int32Array` accesses never tear, so you
 * will see only the two values here. The next scenario makes the read
 * predictable.
 */
const ia = new Int32Array(new SharedArrayBuffer(400));
ia[37] = 163; // the 38th prime, as in the primes example
agent('reader', () => {
    console.log(ia[37]); // Prints 123456, maybe, eventually
});
console.log(ia[37]); // Prints 163
ia[37] = 123456;
