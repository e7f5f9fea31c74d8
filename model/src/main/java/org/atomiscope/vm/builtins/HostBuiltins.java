package org.atomiscope.vm.builtins;

import org.atomiscope.js.JsHostObject;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RealmBuilder;

/**
 * What the host (browser or Node) adds: console, workers and messages, timers on virtual time,
 * crossOriginIsolated, and the scenario language's own {@code agent(name, fn)}.
 */
public final class HostBuiltins {
    private HostBuiltins() {}

    public static void install(RealmBuilder rb) {
        Ref global = rb.realm.global;
        Ref console = rb.namespace("console");
        for (String m : new String[] {"log", "info", "warn", "error", "debug"}) {
            rb.method(console, m, 0, (in, self, args) -> {
                in.host.console(Inspect.formatLog(in, args));
                return Undefined.UNDEFINED;
            });
        }
        rb.getter(global, "crossOriginIsolated", (in, self, args) -> in.host.isolated());

        rb.constructor("Worker", 1, rb.realm.workerProto, (in, self, args) -> {
            if (in.newTarget == null) {
                throw in.typeError("Constructor Worker requires 'new'");
            }
            String file = in.toStr(AtomicsBuiltins.arg(args, 0));
            String name = null;
            if (args.length > 1 && args[1] instanceof Ref opts) {
                Object n = in.get(opts, "name");
                if (n != Undefined.UNDEFINED) {
                    name = in.toStr(n);
                }
            }
            return in.host.createWorker(in, file, name);
        });
        rb.method(rb.realm.workerProto, "postMessage", 1, (in, self, args) -> {
            int target = workerAgent(in, self, "postMessage");
            in.host.postMessage(in, target, true, AtomicsBuiltins.arg(args, 0));
            return Undefined.UNDEFINED;
        });
        rb.method(rb.realm.workerProto, "terminate", 0, (in, self, args) -> {
            throw in.typeError("not supported in scenarios: Worker.prototype.terminate");
        });
        rb.method(global, "postMessage", 1, (in, self, args) -> {
            int parent = in.host.parentAgent();
            if (parent < 0) {
                throw in.typeError("postMessage on the main agent's global has no one to send to: "
                    + "send to a worker with worker.postMessage(...)");
            }
            in.host.postMessage(in, parent, false, AtomicsBuiltins.arg(args, 0));
            return Undefined.UNDEFINED;
        });
        rb.method(global, "setTimeout", 2, (in, self, args) -> timer(in, args, false));
        rb.method(global, "setInterval", 2, (in, self, args) -> timer(in, args, true));
        rb.method(global, "clearTimeout", 1, (in, self, args) -> clear(in, args));
        rb.method(global, "clearInterval", 1, (in, self, args) -> clear(in, args));
        rb.method(global, "agent", 2, (in, self, args) -> {
            String name = in.toStr(AtomicsBuiltins.arg(args, 0));
            Object fn = AtomicsBuiltins.arg(args, 1);
            if (!in.isCallable(fn)) {
                throw in.typeError("agent(name, fn) needs a function to run, not " + in.describe(fn));
            }
            in.host.createAgent(in, name, fn);
            return Undefined.UNDEFINED;
        });
        Ref performance = rb.namespace("performance");
        rb.method(performance, "now", 0, (in, self, args) -> in.host.now());
    }

    private static int workerAgent(Interpreter in, Object self, String method) {
        if (self instanceof Ref r && in.heap.get(r) instanceof JsHostObject h && "Worker".equals(h.className)) {
            return h.agent;
        }
        throw in.typeError("Worker.prototype." + method + " called on " + in.describe(self));
    }

    private static Object timer(Interpreter in, Object[] args, boolean repeat) {
        Object cb = AtomicsBuiltins.arg(args, 0);
        if (!in.isCallable(cb)) {
            throw in.typeError("not supported in scenarios: a timer with code in a string; pass a function");
        }
        double delay = in.toNumber(AtomicsBuiltins.arg(args, 1));
        if (Double.isNaN(delay) || delay < 0) {
            delay = 0;
        }
        Object[] extra = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : new Object[0];
        return (double) in.host.setTimeout(in, cb, delay, extra, repeat);
    }

    private static Object clear(Interpreter in, Object[] args) {
        Object id = AtomicsBuiltins.arg(args, 0);
        if (id instanceof Double d) {
            in.host.clearTimeout(d.intValue());
        }
        return Undefined.UNDEFINED;
    }
}
