package org.atomiscope.vm;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.AtomicOps;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.js.Heap;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.Pos;

/**
 * Test support: runs a one-agent script to completion, performing its shared-memory events at once
 * on a plain byte store. Returns the console lines; an uncaught exception is appended as
 * "uncaught: TypeError: message @ line:col". For tests of the language and built-ins only; scenarios
 * run on the machine.
 */
public final class JsRunner implements Host, Interpreter.ShareReader {
    private final List<String> lines = new ArrayList<>();
    private final List<PagedBytes> blocks = new ArrayList<>();
    private final Owner owner = new Owner();
    private boolean mayBlock = true;

    public static List<String> run(String source) {
        return new JsRunner().exec(source);
    }

    public static String out(String source) {
        return String.join("\n", run(source));
    }

    public List<String> exec(String source) {
        Realm realm = Realm.standard();
        Heap heap = realm.image().edit(owner);
        Code code = Compiler.compileScript(Parser.parse("test.js", source));
        Ref fn = heap.alloc(JsFunction.closure(realm.functionProto, code, null, null));
        Interpreter in = new Interpreter(heap, realm, this, owner, new Frame[0], 50_000_000L, this);
        Interpreter.Result r = in.start(fn, realm.global, new Object[0]);
        while (true) {
            if (r instanceof Interpreter.Suspended s) {
                in.resume(perform(s.request()));
                r = in.run();
            } else if (r instanceof Interpreter.Threw t) {
                lines.add("uncaught: " + t.text() + " @ " + t.pos().line() + ":" + t.pos().column());
                break;
            } else if (r instanceof Interpreter.OutOfBudget) {
                lines.add("out of budget");
                break;
            } else {
                break;
            }
        }
        return lines;
    }

    private Object perform(Request req) {
        if (req instanceof Request.Read rd) {
            return rd.type().fromRaw(read(rd.block(), rd.type(), rd.byteIndex()));
        }
        if (req instanceof Request.Write w) {
            write(w.block(), w.type(), w.byteIndex(), w.raw());
            return w.result();
        }
        if (req instanceof Request.Rmw m) {
            AtomicOps.Result res = AtomicOps.readModifyWriteRaw(blocks.get(m.block()), owner, m.byteIndex(), m.type(), m.op(),
                m.operand(), m.replacement());
            blocks.set(m.block(), res.bytes());
            return m.type().fromRaw(res.oldRaw());
        }
        if (req instanceof Request.Wait w) {
            long cur = read(w.block(), w.type(), w.byteIndex()) & 0xffffffffL;
            return cur != w.expected() ? "not-equal" : "timed-out";
        }
        if (req instanceof Request.Notify) {
            return 0.0;
        }
        throw new IllegalStateException(req.toString());
    }

    @Override
    public long read(int block, ElementType type, int byteIndex) {
        return blocks.get(block).readRaw(byteIndex, type.byteSize());
    }

    @Override
    public void write(int block, ElementType type, int byteIndex, long raw) {
        blocks.set(block, blocks.get(block).writeRaw(owner, byteIndex, type.byteSize(), raw));
    }

    @Override public int agentIndex() { return 0; }
    @Override public String agentName() { return "main"; }
    @Override public String hostKind() { return "node"; }
    @Override public boolean mayBlock() { return mayBlock; }
    @Override public boolean isolated() { return true; }
    @Override public double now() { return 0; }
    @Override public void console(String line) { lines.add(line); }
    @Override public void warn(Pos pos, String message) { lines.add("warning: " + message); }

    @Override
    public int allocateShared(Interpreter in, int byteLength) {
        blocks.add(PagedBytes.zeroed(byteLength));
        return blocks.size() - 1;
    }

    @Override public Ref createWorker(Interpreter in, String file, String name) { throw in.typeError("no workers in JsRunner"); }
    @Override public int createAgent(Interpreter in, String name, Object function) { throw in.typeError("no agents in JsRunner"); }
    @Override public void postMessage(Interpreter in, int target, boolean toWorker, Object value) { throw in.typeError("no messages in JsRunner"); }
    @Override public int setTimeout(Interpreter in, Object cb, double delay, Object[] args, boolean repeat) { throw in.typeError("no timers in JsRunner"); }
    @Override public void clearTimeout(int id) { }
    @Override public int parentAgent() { return -1; }
}
