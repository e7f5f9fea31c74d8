/**
 * @title CoWR (coherence of write-read), plain accesses
 * @topic Litmus tests
 * @host browser
 * @expect "t1: 0"  sc: never  tso: never  relaxed: never
 * @expect "t1: 1"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "t1: 2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 *
 * Herd's **CoWR** (coherence, write-read): an agent writes `x` and reads it back while
 * another agent writes `x` too. `t1: 0` would mean that `t1` read a value older than its
 * own write: neither its own 1 nor `t2`'s 2, but the initial 0.
 *
 * Forbidden in every model, even for plain accesses. Hardware forwards a core's own stores
 * to its later loads; under TSO a load returns the agent's newest buffered store to that
 * address. In ECMA-262 §29, the initial 0 happens before `x[0] = 1`, which happens before
 * the read (*agent-order*), so *Coherent Reads* hides the 0.
 *
 * Reading `t2`'s 2 is allowed in every model: that write is not ordered with `t1`'s, and
 * it may land between `t1`'s write and its read. Explore and find `t1: 1` and `t1: 2`.
 */
const sab = new SharedArrayBuffer(4);
const x = new Int32Array(sab, 0, 1);
agent('t1', () => { x[0] = 1; const r1 = x[0]; console.log(r1); });
agent('t2', () => { x[0] = 2; });
