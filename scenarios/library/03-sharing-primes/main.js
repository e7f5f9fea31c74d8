/**
 * @title Sharing an array of 100,000 primes
 * @topic Sharing memory
 * @host browser
 * @max-steps 250000
 * @expect "worker: 163"  sc: always  tso: always  relaxed: always
 *
 * The tutorial's primes: `main` fills a shared `Int32Array` with the first
 * 100,000 primes and posts the array to a worker, which prints `ia[37]`, the 38th
 * prime, `163`. The tutorial leaves `PrimeGenerator` to the reader; the one
 * below sieves once, in a private `Uint8Array` that no other agent can see, so
 * its work is not a shared-memory event and runs inside a single step.
 *
 * **Try it.** Step once: `main`'s first step does it all, the sieve and the
 * 100,000 writes into the shared array. Until the array is posted no other
 * agent can reach it, so those writes cannot race and are not scheduling
 * points; the heatmap and the timeline still show every one. The posted
 * message is an `Int32Array` whose buffer is a `SharedArrayBuffer`, so the
 * worker gets a new view on the *same* memory, not a copy of 400,000 bytes.
 *
 * **Why the worker sees every prime.** The writes are plain, unsynchronized
 * ones, yet the worker is sure to read `163`: posting a message orders
 * everything the sender did before it ahead of everything the receiver does in
 * its handler. (ECMA-262 §29, Memory Model, lets the host add such
 * *host-synchronizes-with* edges, and browsers do for `postMessage`.) Only
 * writes made *after* the message is sent are trouble: scenario 17.
 *
 * Explore it under every model: one outcome, `163`, since the message orders
 * all 100,000 writes before the worker's read (and under TSO, posting drains
 * `main`'s store buffer first).
 */
// The tutorial leaves PrimeGenerator to the reader. This one runs the sieve of
// Eratosthenes once, over a private (non-shared) buffer, and then hands out the
// primes in order. The 100,000th prime is 1,299,709, so 1,300,000 is enough.
class PrimeGenerator {
    constructor() {
        const limit = 1300000;
        const composite = new Uint8Array(limit + 1);
        for (let p = 2; p * p <= limit; p++) {
            if (composite[p] === 0) {
                for (let m = p * p; m <= limit; m += p)
                    composite[m] = 1;
            }
        }
        this.composite = composite;
        this.candidate = 2;
    }

    next() {
        const composite = this.composite;
        let n = this.candidate;
        while (composite[n] === 1)
            n++;
        this.candidate = n + 1;
        return n;
    }
}

var w = new Worker("worker.js");
var sab = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 100000); // 100000 primes
var ia = new Int32Array(sab); // ia.length == 100000
var primes = new PrimeGenerator();
for ( let i=0 ; i < ia.length ; i++ )
    ia[i] = primes.next();
w.postMessage(ia);
