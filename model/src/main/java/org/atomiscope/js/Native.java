package org.atomiscope.js;

import org.atomiscope.vm.Interpreter;

/**
 * A built-in function. It may return {@link org.atomiscope.vm.Request} wrapped in a
 * {@link org.atomiscope.vm.Suspend} to ask the machine for a visible event (a shared-memory access,
 * a wait, a notify); the interpreter then stops the step there.
 */
@FunctionalInterface
public interface Native {
    Object call(Interpreter in, Object self, Object[] args);
}
