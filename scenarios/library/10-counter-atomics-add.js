/**
 * @title No lost updates with Atomics.add
 * @topic Atomicity
 * @host browser
 * @observe ia[112]
 * @expect "final: ia[112]=6"  sc: always  tso: always  relaxed: always
 * @expect "final: ia[112]=5"  sc: never  tso: never  relaxed: never
 *
 * The counter of the previous scenario, incremented with
 * `Atomics.add(ia, 112, 1)` instead of `ia[112]++`. The tutorial: "each CPU gets
 * to load, add, and store in isolation without being interrupted, and the
 * counter will be updated correctly."
 *
 * **Try it.** Step the agents in any order you like: each increment is now a
 * single step, so there is no moment between the read and the write for the
 * other agent to slip into. Explore all outcomes under every model: only
 * `ia[112]=6`.
 *
 * **Why.** A read-modify-write is one atomic event: its read and its write are
 * a single indivisible operation in the one total order of sequentially
 * consistent atomics (ECMA-262 §29, Memory Model). On x86 it is a `LOCK XADD`,
 * which also drains the store buffer, as TSO shows. `Atomics.add` returns the
 * old value, so each agent could even learn which increment was its own.
 *
 * The same goes for `sub`, `and`, `or`, `xor`, `exchange` and
 * `compareExchange`: see the next scenario.
 */
const ia = new Int32Array(new SharedArrayBuffer(1024)); // 256 elements, so ia[112] exists
const N = 3;
agent('a', () => {
    for (let i = 0; i < N; i++)
        Atomics.add(ia, 112, 1);
});
agent('b', () => {
    for (let i = 0; i < N; i++)
        Atomics.add(ia, 112, 1);
});
