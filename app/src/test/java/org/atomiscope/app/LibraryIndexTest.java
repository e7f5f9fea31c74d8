package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryIndexTest {

    @Test
    void keepsPathsInOrderAndDropsCommentsAndBlankLines() {
        String index = """
                # The classic litmus tests
                litmus/sb.js
                   litmus/mp.js   # message passing

                #basics/disabled.js
                basics/counter.js
                """;

        assertThat(LibraryIndex.parse(index))
                .containsExactly("litmus/sb.js", "litmus/mp.js", "basics/counter.js");
    }

    @Test
    void anIndexOfOnlyCommentsListsNothing() {
        assertThat(LibraryIndex.parse("# nothing yet\n\n")).isEmpty();
    }

    @Test
    void everyIndexedScenarioIsOnTheClasspath() {
        for (String path : LibraryIndex.fromClasspath()) {
            assertThat(LibraryIndex.class.getResource("/scenarios/" + path))
                    .as("scenario %s listed in %s", path, LibraryIndex.RESOURCE)
                    .isNotNull();
        }
    }
}
