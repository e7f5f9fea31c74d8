package org.atomiscope.vm;

import org.atomiscope.js.Ref;
import org.atomiscope.lang.Pos;

/** A host for code that runs outside any agent (building the realm, @observe): it offers nothing. */
public class RefusingHost implements Host {
    private final String name;

    public RefusingHost(String name) {
        this.name = name;
    }

    @Override public int agentIndex() { return -1; }
    @Override public String agentName() { return name; }
    @Override public String hostKind() { return "node"; }
    @Override public boolean mayBlock() { return false; }
    @Override public boolean isolated() { return true; }
    @Override public double now() { return 0; }
    @Override public void console(String line) { }
    @Override public void warn(Pos pos, String message) { }
    @Override public int allocateShared(Interpreter in, int byteLength) { throw refuse(in, "allocate shared memory"); }
    @Override public Ref createWorker(Interpreter in, String file, String n) { throw refuse(in, "create workers"); }
    @Override public int createAgent(Interpreter in, String n, Object function) { throw refuse(in, "create agents"); }
    @Override public void postMessage(Interpreter in, int target, boolean toWorker, Object value) { throw refuse(in, "post messages"); }
    @Override public int setTimeout(Interpreter in, Object cb, double delay, Object[] args, boolean repeat) { throw refuse(in, "set timers"); }
    @Override public void clearTimeout(int id) { }
    @Override public int parentAgent() { return -1; }

    private JsThrow refuse(Interpreter in, String what) {
        return in.typeError(name + " cannot " + what);
    }
}
