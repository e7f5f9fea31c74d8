package org.atomiscope.app.console;

import org.atomiscope.machine.Event;

/**
 * One line of the console: what an agent printed, or a warning, an uncaught exception or a hang,
 * with the step it happened at. An immutable copy of the event's text, so scrolling never formats.
 */
public record ConsoleLine(long step, int agent, String agentName, Event.Kind kind, String text) {

    /** Whether the console shows events of this kind. */
    static boolean shows(Event.Kind kind) {
        return kind == Event.Kind.CONSOLE || kind == Event.Kind.WARNING || kind == Event.Kind.THREW
            || kind == Event.Kind.HUNG;
    }

    static ConsoleLine of(Event e) {
        return new ConsoleLine(e.step(), e.agent(), e.agentName(), e.kind(), e.text());
    }

    /** The text after the agent's name, as shown: printed lines follow a colon, the rest read as a sentence. */
    public String body() {
        return switch (kind) {
            case CONSOLE -> ": " + text;
            case WARNING -> ": warning: " + text;
            default -> " " + text; // "threw TypeError: …", "ran 1,000,000 loop iterations …"
        };
    }

    /** The line as a user reads it, e.g. "reader: 123456 191". */
    public String shown() {
        return agentName + body();
    }
}
