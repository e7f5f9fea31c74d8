package org.atomiscope.compile;

import java.util.Set;
import org.atomiscope.lang.Ast;

/**
 * What a jump out of a construct must undo, innermost last: a runtime scope to pop, an operand
 * (iterator, switch value, pending exception) to drop, or a try handler to remove, with the
 * finally block to run on the way out. Break and continue targets mark their place in this stack.
 */
sealed interface Unwind {
    record ScopeEntry() implements Unwind {}

    record StackItem() implements Unwind {}

    record TryEntry(Ast.Block finalizer, CompileScope scope) implements Unwind {}

    /** A break/continue target. continueJumps is null for non-loops (switch, labelled blocks). */
    final class Target implements Unwind {
        final Set<String> labels;
        final boolean loop;
        final java.util.List<Integer> breakJumps = new java.util.ArrayList<>();
        final java.util.List<Integer> continueJumps;

        Target(Set<String> labels, boolean loop) {
            this.labels = labels;
            this.loop = loop;
            this.continueJumps = loop ? new java.util.ArrayList<>() : null;
        }
    }
}
