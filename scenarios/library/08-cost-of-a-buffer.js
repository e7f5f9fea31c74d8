/**
 * @title One big buffer, cut into views
 * @topic Sharing memory
 * @host browser
 * @observe count[0] done[0] done[1] results[0] results[1]
 * @expect "main: buffer 8192 bytes, views 22 bytes"  sc: always  tso: always  relaxed: always
 * @expect "final: count[0]=2 done[0]=1 done[1]=1 results[0]=0.5 results[1]=0.25"
 *         sc: always  tso: always  relaxed: always
 *
 * Two workers each compute a result, put it in their own slot, raise their own
 * flag (nobody waits for it here; scenario 21 shows how an agent can) and
 * count themselves done. The three kinds of shared data (a counter,
 * two flags, two results) are not three buffers: they are three views over one
 * 8 KiB `SharedArrayBuffer`, at byte offsets 0, 4 and 8. Together they use 22
 * of its 8192 bytes.
 *
 * **Try it.** Run it, then open the buffer heatmap: the touched bytes are 0 to
 * 5 and 8 to 23, and the rest of the 8 KiB is never touched. Bytes 6 and 7 are
 * padding: a `Float64Array` must start at a multiple of 8, so `results` begins
 * at byte 8, not 6. Explore it under every model: one outcome, whatever the
 * schedule.
 *
 * **Why one big buffer.** The tutorial: "How expensive is a SharedArrayBuffer?
 * In the current Firefox implementation it is fairly expensive (the objects are
 * multiples of 4KiB in size and at least 8KiB, and we sometimes reserve more
 * address space), because we have been assuming that the easiest way to use
 * shared memory is to allocate a few fairly large shared objects that are then
 * partitioned by the application using multiple views." On that Firefox, a
 * 4-byte counter in a buffer of its own would have cost 8 KiB, and three of them
 * 24 KiB. A buffer is also awkward to hand around: every agent needs a message
 * (or its creation) to get it, so one buffer sent once is simpler than many.
 * The tutorial adds that other implementations "could choose different
 * strategies, encouraging the use of small objects (one per shared application
 * object, say)."
 *
 * **How to cut it.** `new Int32Array(sab, byteOffset, length)` makes a view of
 * `length` elements starting at `byteOffset`, which must be a multiple of the
 * element size (ECMA-262, the TypedArray constructors). Put the larger elements
 * first, or round each offset up, and keep a table of where everything lives.
 * Give atomic data (the counter, the flags) and plain data (the results) places
 * of their own, as the tutorial advises, and keep every location to one view
 * type: scenario 15 shows what mixing view types costs.
 *
 * **Why the outcome never varies.** Each result is written by one worker
 * only, and the counter and flags change only with `Atomics`, so there is no
 * data race (run `analyze`, or look at the Problems tab).
 */
const sab = new SharedArrayBuffer(8192); // 8 KiB, Firefox's smallest buffer then
const count = new Int32Array(sab, 0, 1); // bytes 0-3: how many workers are done
const done = new Uint8Array(sab, 4, 2); // bytes 4-5: one flag per worker
const results = new Float64Array(sab, 8, 2); // bytes 8-23: one result per worker
const used = count.byteLength + done.byteLength + results.byteLength;
console.log(`buffer ${sab.byteLength} bytes, views ${used} bytes`);

agent('a', () => {
    results[0] = 1 / 2; // a's slot: nobody else writes it
    Atomics.store(done, 0, 1);
    Atomics.add(count, 0, 1);
});
agent('b', () => {
    results[1] = 1 / 4; // b's slot
    Atomics.store(done, 1, 1);
    Atomics.add(count, 0, 1);
});
