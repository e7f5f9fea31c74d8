package org.atomiscope.vm;

/**
 * Returned by a native (Function.prototype.call/apply, Reflect.apply) that continues by calling
 * another function: the interpreter makes that call itself, so the callee may still suspend.
 */
public record TailCall(Object function, Object thisValue, Object[] args) {}
