package org.atomiscope.app.session;

import org.atomiscope.lang.Pos;

/**
 * Something the Problems tab lists: a syntax or runtime error (with the place it happened, when
 * known), a deadlock, a livelock, a step limit.
 */
public record Problem(Kind kind, String message, Pos pos) {
    public enum Kind {
        ERROR, DEADLOCK, LIVELOCK, LIMIT, WARNING
    }
}
