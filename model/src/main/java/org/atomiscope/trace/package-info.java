/**
 * Execution traces: one run of a scenario (its source, memory model, schedule and every event with
 * the arrows between events) as a value, written as the native JSON format, a Chrome trace for
 * Perfetto, or CSV, and read back by replaying it. docs/TRACES.md describes the formats.
 */
package org.atomiscope.trace;
