package org.atomiscope.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/** Enter in the search field opens the best answer, not merely the first in course order. */
class ScenarioSearchTest {
    private static String best(String query) {
        ScenarioSearch search = new ScenarioSearch(query);
        return ScenarioLibrary.fromClasspath().list().stream().filter(search::matches)
            .max(Comparator.comparingInt(search::score)).map(ScenarioSource::name).orElseThrow();
    }

    @Test
    void aPhraseOfTheTitleWinsOverNotesThatMentionItsWords() {
        assertThat(best("without atomics")).isEqualTo("19-reordering-123456-191");
        assertThat(best("lost update")).isEqualTo("09-lost-update-counter");
    }

    @Test
    void theTitleWinsOverTheNotes() {
        ScenarioSearch search = new ScenarioSearch("primes");
        ScenarioSource primes = ScenarioLibrary.fromClasspath().find("03-sharing-primes");
        ScenarioSource hello = ScenarioLibrary.fromClasspath().find("01-book-hello-shared-memory");
        assertThat(search.score(primes)).isGreaterThan(search.score(hello));
    }
}
