package org.atomiscope.app.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomiscope.scenario.ScenarioSource;

/** A row of the library tree: a topic, or a scenario under it. */
sealed interface LibraryEntry {

    /**
     * A topic heading: a chapter of the course, numbered from 1 in course order; {@code shown} of
     * {@code total} scenarios pass the search.
     */
    record Topic(String name, int chapter, int shown, int total) implements LibraryEntry {
    }

    record Scenario(ScenarioSource source) implements LibraryEntry {
        private static final Pattern NUMBER = Pattern.compile("^(\\d+)[-_ ]");

        /** The course number of a library name ({@code 06} of {@code 06-reordering}), else the name. */
        String number() {
            Matcher m = NUMBER.matcher(source.name());
            return m.find() ? m.group(1) : source.name();
        }

        /** A scenario with {@code @goal} lines: a challenge, marked with a flag. */
        boolean isChallenge() {
            return !source.header().goals().isEmpty();
        }

        /** Folder scenarios (main.js with workers beside it) get a folder icon. */
        boolean isFolder() {
            return source.location().endsWith("/") || source.files().size() > 1;
        }
    }
}
