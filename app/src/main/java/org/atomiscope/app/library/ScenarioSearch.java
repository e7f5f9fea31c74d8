package org.atomiscope.app.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.atomiscope.scenario.ScenarioSource;

/**
 * The library's search: every word of the query must start a word somewhere in the scenario's
 * title, name, topic or notes, ignoring case. Matching at word starts rather than anywhere keeps
 * short queries useful: "mp" finds the message-passing litmus tests, not every note that says
 * "example" or "compiler".
 */
final class ScenarioSearch {
    private final List<String> terms;

    ScenarioSearch(String query) {
        this.terms = query == null ? List.of()
                : Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether the query is empty, so that everything matches. */
    boolean isEmpty() {
        return terms.isEmpty();
    }

    boolean matches(ScenarioSource s) {
        if (terms.isEmpty()) {
            return true;
        }
        String text = (s.title() + "\n" + s.name() + "\n" + s.topic() + "\n" + s.header().notes()).toLowerCase(Locale.ROOT);
        for (String term : terms) {
            if (!startsAWord(text, term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a matching scenario answers the query, higher is better: every word in the title beats
     * some words in the title, which beats matches in the notes only. Enter opens the best.
     */
    int score(ScenarioSource s) {
        String title = s.title().toLowerCase(Locale.ROOT);
        int inTitle = (int) terms.stream().filter(t -> startsAWord(title, t)).count();
        boolean phrase = !terms.isEmpty() && title.contains(String.join(" ", terms));
        return (phrase ? 1000 : 0) + inTitle * 10 + (startsAWord(s.name().toLowerCase(Locale.ROOT), terms.isEmpty() ? "" : terms.get(0)) ? 1 : 0);
    }

    private static boolean startsAWord(String text, String term) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
