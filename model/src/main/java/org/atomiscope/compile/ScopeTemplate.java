package org.atomiscope.compile;

import java.util.List;

/** The shape of a runtime scope: its binding names and their initial values (undefined or TDZ). */
public record ScopeTemplate(List<String> names, Object[] initial, boolean[] constant) {}
