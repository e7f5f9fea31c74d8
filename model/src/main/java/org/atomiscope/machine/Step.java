package org.atomiscope.machine;

import java.util.List;

/** The result of {@link Machine#take}: the next machine and what happened. */
public record Step(Machine machine, List<Event> events) {}
