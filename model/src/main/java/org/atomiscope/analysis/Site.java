package org.atomiscope.analysis;

import org.atomiscope.lang.Pos;

/**
 * A place a finding points at: an agent and the source position of something it did, with what it
 * did there in a few words ("writes ia[42]", "reads y[0]", "waits on ia[0]").
 *
 * @param agent     the agent's index (0 is main)
 * @param agentName the agent's name as outcomes print it
 * @param pos       where in the source; null when the agent did nothing there (never started)
 * @param what      what it did, as a verb phrase
 */
public record Site(int agent, String agentName, Pos pos, String what) {
}
