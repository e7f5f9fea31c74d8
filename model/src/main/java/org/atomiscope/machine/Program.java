package org.atomiscope.machine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.lang.Parser;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.scenario.HostKind;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.vm.Limits;
import org.atomiscope.vm.Realm;

/**
 * A scenario ready to run: every file compiled (so a syntax error anywhere is reported before the
 * first step), the memory model, and the host settings. Immutable and shared by every machine of
 * its executions.
 */
public final class Program {
    public final ScenarioSource source;
    public final MemoryModel model;
    public final Realm realm;
    public final Map<String, Code> files;
    public final HostKind host;
    /** Workers beyond this many stay unstarted (the old Firefox limit), or -1 for none. */
    public final int workerLimit;
    public final boolean isolated;
    /** Instructions an agent may run between two visible events. */
    public final long stepInstructions;

    private Program(ScenarioSource source, MemoryModel model, Map<String, Code> files, long stepInstructions) {
        this.source = source;
        this.model = model;
        this.realm = Realm.standard();
        this.files = files;
        this.host = source.header().host();
        this.workerLimit = source.header().workerLimit().orElse(-1);
        this.isolated = source.header().isolated();
        this.stepInstructions = stepInstructions;
    }

    /** Compiles every .js file of the scenario. Throws ScenarioSyntaxError with the position of the first error. */
    public static Program compile(ScenarioSource source, MemoryModel model) {
        return compile(source, model, Limits.DEFAULT_STEP_INSTRUCTIONS);
    }

    public static Program compile(ScenarioSource source, MemoryModel model, long stepInstructions) {
        Map<String, Code> files = new LinkedHashMap<>();
        files.put(source.mainFile(), Compiler.compileScript(Parser.parse(source.mainFile(), source.mainSource())));
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().endsWith(".js") && !files.containsKey(e.getKey())) {
                files.put(e.getKey(), Compiler.compileScript(Parser.parse(e.getKey(), e.getValue())));
            }
        }
        return new Program(source, model, java.util.Collections.unmodifiableMap(files), stepInstructions);
    }

    /** The same program under another memory model (nothing is recompiled). */
    public Program withModel(MemoryModel other) {
        return new Program(source, other, files, stepInstructions);
    }

    public Code mainCode() {
        return files.get(source.mainFile());
    }
}
