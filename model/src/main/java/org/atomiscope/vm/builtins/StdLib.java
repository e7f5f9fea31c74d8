package org.atomiscope.vm.builtins;

import org.atomiscope.vm.RealmBuilder;

/**
 * The general-purpose library: Object, Array, String, Number, Boolean, Math, JSON, Date, Reflect
 * and the symbol stand-ins. Map, Set and every method that calls back into user code are in
 * prelude.js, which the realm builder runs after these are installed.
 */
public final class StdLib {
    private StdLib() {}

    public static void install(RealmBuilder rb) {
        ObjectBuiltins.install(rb);
        ArrayBuiltins.install(rb);
        StringBuiltins.install(rb);
        NumberBuiltins.install(rb);
        MathBuiltins.install(rb);
        JsonBuiltins.install(rb);
        DateBuiltins.install(rb);
        MiscBuiltins.install(rb);
    }
}
