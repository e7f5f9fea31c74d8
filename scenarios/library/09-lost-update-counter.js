/**
 * @title The lost update: ia[112]++ from two agents
 * @topic Atomicity
 * @host browser
 * @observe ia[112]
 * @goal "final: ia[112]=5"
 * @expect "final: ia[112]=6"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: ia[112]=5"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: ia[112]=2"  sc: sometimes  tso: sometimes  relaxed: sometimes
 * @expect "final: ia[112]=1"  sc: never  tso: never  relaxed: never
 *
 * Two agents share a counter at `ia[112]` and each increments it `N = 3` times
 * with the obvious `ia[112]++`. Six increments, so the counter should end at 6.
 * The outcome's `final:` part shows what it really ends at.
 *
 * **Challenge.** Schedule the agents by hand so that one increment is lost and
 * the counter ends at 5.
 *
 * **Try it.** Step agent `a` once: it *reads* `ia[112]`. Now step `b` through a
 * whole increment, then let `a` write: `a` writes back its old value plus one
 * and `b`'s increment is gone. Explore all outcomes: anything from 2 to 6. The
 * tutorial: "in order to perform the increment the CPU must load the value, add
 * one to it, and store it back. In the mean time, some other CPU may have done
 * the same thing."
 *
 * **Why 2 and not 1.** Every write puts at least 1 into the counter, so an
 * agent's last increment, which comes after its own first write, reads at least
 * 1 and writes at least 2; the final value is somebody's last write. Replay the
 * witness for `ia[112]=2`: `a` reads 0, `b` increments twice, `a` writes 1 over
 * them; `b` reads that 1, `a` finishes its last two increments, and `b`'s write
 * of 2 wipes them out.
 *
 * `N` is 3 to keep the exploration small. Make it larger and the correct 6
 * becomes rarer among the schedules; on real machines, with millions of
 * increments, lost updates are close to certain. The fix is the next scenario.
 */
const ia = new Int32Array(new SharedArrayBuffer(1024)); // 256 elements, so ia[112] exists
const N = 3;
agent('a', () => {
    for (let i = 0; i < N; i++)
        ia[112]++;
});
agent('b', () => {
    for (let i = 0; i < N; i++)
        ia[112]++;
});
