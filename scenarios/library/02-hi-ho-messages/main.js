/**
 * @title Hi, ho: a worker and its creator exchange messages
 * @topic Sharing memory
 * @host browser
 * @expect "main: ho; myworker: hi"  sc: always  tso: always  relaxed: always
 *
 * The tutorial's first worker, put together from its two halves: this file
 * creates a worker from `myworker.js` and sends it `"hi"`; the worker prints what
 * it got and answers `"ho"`, which `main` prints. The worker is called
 * `myworker`, after its file.
 *
 * **Try it.** Step through and watch the two messages travel. `main` sets
 * `w.onmessage` only *after* posting `"hi"`, yet it never misses the answer:
 * each agent runs its script or handler to completion before the next message
 * event is dispatched to it, so the reply can only arrive once `main`'s script
 * has finished.
 *
 * **Nothing is shared here.** A message is a structured clone: the receiver gets
 * a copy, "with the correct type and structure" as the tutorial says. With no
 * shared memory every memory model gives the same single outcome. The next
 * scenario sends something that is not copied: a `SharedArrayBuffer`.
 */
var w = new Worker("myworker.js")
w.postMessage("hi"); // send "hi" to the worker
w.onmessage = function (ev) {
    console.log(ev.data); // prints "ho"
}
