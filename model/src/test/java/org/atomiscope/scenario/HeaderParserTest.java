package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

    private static final String ISSUE_EXAMPLE = """
            /**
             * @title Message passing without atomics
             * @topic Reordering
             * @host browser
             * @expect "reader: 123456 191"  sc: never  tso: never  relaxed: sometimes
             *
             * Teaching notes, in Markdown, until the end of the comment.
             */
            const ia = new Int32Array(new SharedArrayBuffer(400));
            """;

    @Test
    void readsTheIssueExample() {
        ScenarioHeader h = HeaderParser.parse("mp.js", ISSUE_EXAMPLE);
        assertThat(h.title()).isEqualTo("Message passing without atomics");
        assertThat(h.topic()).isEqualTo("Reordering");
        assertThat(h.host()).isEqualTo(HostKind.BROWSER);
        assertThat(h.workerLimit()).isEmpty();
        assertThat(h.isolated()).isTrue();
        assertThat(h.observe()).isEmpty();
        assertThat(h.goals()).isEmpty();
        assertThat(h.model()).isEqualTo("sc");
        assertThat(h.maxSteps()).isEmpty();
        assertThat(h.notes()).isEqualTo("Teaching notes, in Markdown, until the end of the comment.");
        assertThat(h.expects()).hasSize(1);
        Expectation e = h.expects().get(0);
        assertThat(e.text()).isEqualTo("reader: 123456 191");
        assertThat(e.parts()).containsExactly("reader: 123456 191");
        assertThat(e.verdicts()).containsExactly(Map.entry("sc", Verdict.NEVER), Map.entry("tso", Verdict.NEVER),
                Map.entry("relaxed", Verdict.SOMETIMES));
        assertThat(e.pos()).isEqualTo(new Pos("mp.js", 5, 4));
        // Just after "*/" on line 8, which is " */".
        assertThat(h.end()).isEqualTo(new Pos("mp.js", 8, 4));
        assertThat(ISSUE_EXAMPLE.substring(h.endOffset())).startsWith("\nconst ia");
    }

    @Test
    void readsEveryTag() {
        String src = """
                #!/usr/bin/env atomiscope

                /**
                 * @title All the tags
                 * @topic Testing
                 * @host node
                 * @model relaxed
                 * @workers 20
                 * @isolated false
                 * @observe ia[0] ia[1]
                 * @observe  count
                 * @expect "final: ia[0]=2 ia[1]=2" sc: always
                 * @goal "reader: 123456 191"
                 * @goal deadlock
                 * @max-steps 5000
                 */
                """;
        ScenarioHeader h = HeaderParser.parse("all.js", src);
        assertThat(h.title()).isEqualTo("All the tags");
        assertThat(h.topic()).isEqualTo("Testing");
        assertThat(h.host()).isEqualTo(HostKind.NODE);
        assertThat(h.host().mainMayBlock()).isTrue();
        assertThat(h.workerLimit()).hasValue(20);
        assertThat(h.isolated()).isFalse();
        assertThat(h.observe()).containsExactly("ia[0]", "ia[1]", "count");
        assertThat(h.expects().get(0).parts()).containsExactly("final: ia[0]=2 ia[1]=2");
        assertThat(h.model()).isEqualTo("relaxed");
        assertThat(h.goals()).extracting(Goal::text).containsExactly("reader: 123456 191", "deadlock");
        assertThat(h.goals().get(0).parts()).containsExactly("reader: 123456 191");
        assertThat(h.goals().get(1).isDeadlock()).isTrue();
        assertThat(h.goals().get(1).pos().line()).isEqualTo(14);
        assertThat(h.maxSteps()).hasValue(5000);
        assertThat(h.notes()).isEmpty();
    }

    @Test
    void expectContinuesOnLinesThatStartWithAModel() {
        String src = """
                /**
                 * @expect "reader: 123456 191"
                 *     sc: never tso: never
                 *     relaxed: sometimes
                 * @expect "reader: 1"  sc:always
                 * So the next line is notes.
                 * sc: never, here, is notes text too.
                 */
                """;
        ScenarioHeader h = HeaderParser.parse("c.js", src);
        assertThat(h.expects()).hasSize(2);
        assertThat(h.expects().get(0).verdicts()).containsExactly(Map.entry("sc", Verdict.NEVER),
                Map.entry("tso", Verdict.NEVER), Map.entry("relaxed", Verdict.SOMETIMES));
        assertThat(h.expects().get(1).verdicts()).containsExactly(Map.entry("sc", Verdict.ALWAYS));
        assertThat(h.notes()).isEqualTo("So the next line is notes.\nsc: never, here, is notes text too.");

        assertThatThrownBy(() -> HeaderParser.parse("c.js", "/**\n * @expect \"r: 1\" sc: never\n * sc: always\n */"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessage("c.js:3:4: The model sc has two verdicts in this @expect; keep one.");
    }

    @Test
    void notesKeepBlankLinesAndIndentation() {
        String src = "/**\n * @title T\n *\n * First paragraph,\n * two lines.\n *\n * Code:\n *\n *     "
                + "ia[37] = 1;\n *\n *\n */\nx();\n";
        ScenarioHeader h = HeaderParser.parse("n.js", src);
        assertThat(h.notes()).isEqualTo("First paragraph,\ntwo lines.\n\nCode:\n\n    ia[37] = 1;");
    }

    @Test
    void quotesInsideTheTextAreEscaped() {
        String src = "/**\n * @expect \"main: say \\\"hi\\\" | a\\\\b\" sc: always\n */\n";
        Expectation e = HeaderParser.parse("q.js", src).expects().get(0);
        assertThat(e.text()).isEqualTo("main: say \"hi\" | a\\b");
        assertThat(e.parts()).containsExactly("main: say \"hi\" | a\\b");
    }

    @Test
    void singleLineHeaderAndCrLf() {
        assertThat(HeaderParser.parse("s.js", "/** @title Short */ go();").title()).isEqualTo("Short");
        ScenarioHeader h = HeaderParser.parse("w.js", "/**\r\n * @title Windows\r\n *\r\n * Notes.\r\n */\r\n");
        assertThat(h.title()).isEqualTo("Windows");
        assertThat(h.notes()).isEqualTo("Notes.");
    }

    @Test
    void withoutHeaderTheDefaultsApply() {
        ScenarioHeader h = HeaderParser.parse("lib/19-reordering-123456-191.js", "// just code\nlet x = 1;\n");
        assertThat(h.title()).isEqualTo("Reordering 123456 191");
        assertThat(h.topic()).isEqualTo(ScenarioHeader.DEFAULT_TOPIC);
        assertThat(h.host()).isEqualTo(HostKind.BROWSER);
        assertThat(h.isolated()).isTrue();
        assertThat(h.expects()).isEmpty();
        assertThat(h.endOffset()).isZero();
        assertThat(HeaderParser.parse("lib/01-book-hello/main.js", "/* not a header */").title())
                .isEqualTo("Book hello");
        assertThat(HeaderParser.parse("x.js", "").title()).isEqualTo("X");
    }

    @Test
    void malformedTagsAreErrorsAtTheirPosition() {
        assertError("/**\n * @titel Oops\n */", "e.js:2:4",
                "Unknown tag @titel: the tags are @title, @topic, @host, @model, @workers, @isolated, @observe,"
                        + " @expect, @goal, @max-steps and @known-gap.");
        assertError("/**\n * @model arm\n */", "e.js:2:11",
                "Unknown memory model 'arm': write @model sc, @model tso or @model relaxed.");
        assertError("/**\n * @host deno\n */", "e.js:2:10", "Unknown host 'deno': write @host browser or @host node.");
        assertError("/**\n * @expect \"r: 1\" sc: maybe\n */", "e.js:2:23",
                "Unknown verdict 'maybe' for sc: write never, sometimes or always.");
        assertError("/**\n * @expect \"r: 1\" sc:\n */", "e.js:2:22",
                "sc needs a verdict after the colon: never, sometimes or always.");
        assertError("/**\n * @expect \"r: 1 sc: never\n */", "e.js:2:12",
                "This quoted outcome is never closed: end it with \" on the same line.");
        assertError("/**\n * @expect \"r: 1\" arm: never\n */", "e.js:2:19",
                "Unknown memory model 'arm': the models are sc, tso and relaxed.");
        assertError("/**\n * @expect \"r: 1\" sc: never\n *   power: sometimes\n */", "e.js:3:6",
                "Unknown memory model 'power': the models are sc, tso and relaxed.");
        assertError("/**\n * @expect \"r: 1\" sc never\n */", "e.js:2:22", "Write a colon after sc, as in sc: never.");
        assertError("/**\n * @expect reader: 1 sc: never\n */", "e.js:2:12",
                "@expect needs the outcome in double quotes first, as in @expect \"reader: 123456 191\" sc: never.");
        assertError("/**\n * @expect \"r: 1\"\n */", "e.js:2:4",
                "@expect needs at least one verdict after the outcome, as in sc: never.");
        assertError("/**\n * @expect \"123456 191\" sc: never\n */", "e.js:2:13",
                "\"123456 191\" is not an agent's output: write it as name: output, as in \"reader: 123456 191\","
                        + " or as a status such as \"[deadlock: a, b]\".");
        assertError("/**\n * @title A\n * @title B\n */", "e.js:3:4", "The header has @title twice; keep one.");
        assertError("/**\n * @workers many\n */", "e.js:2:13",
                "@workers takes the number of workers that may start, as in @workers 20, not 'many'.");
        assertError("/**\n * @max-steps 0\n */", "e.js:2:15",
                "@max-steps takes the number of steps one execution may take, as in @max-steps 100000"
                        + " (at least 1), not '0'.");
        assertError("/**\n * @isolated yes\n */", "e.js:2:14", "@isolated takes true or false, not 'yes'.");
        assertError("/**\n * @goal livelock\n */", "e.js:2:10",
                "@goal takes an outcome in double quotes or the word deadlock, as in @goal \"reader: 123456 191\".");
        assertError("/**\n * @observe\n */", "e.js:2:4", "@observe needs a value, as in @observe ia[0] ia[1].");
        assertError("/**\n * Notes first.\n * @expect \"r: 1\" sc: never\n */", "e.js:3:4",
                "The tag @expect comes after the teaching notes have started; move it up with the other tags.");
        assertError("/**\n * @title T\n *\n * sc: never\n */", "e.js:4:4",
                "This line looks like a verdict, but it does not continue an @expect line (put it right below one).");
        assertError("\n\n  /**\n * @title never closed\n", "e.js:3:3",
                "The header comment that starts here is never closed: end it with */.");
    }

    @Test
    void positionsCountFromTheRealFileStart() {
        ScenarioSyntaxError e = error("#!/bin/sh\n/**\n *   @host  vms\n */");
        assertThat(e.pos()).isEqualTo(new Pos("e.js", 3, 13));
        assertThat(e.sentence()).startsWith("Unknown host 'vms'");
    }

    @Test
    void verdictsAndModelsAreTheDocumentedOnes() {
        assertThat(Expectation.MODELS).containsExactly("sc", "tso", "relaxed");
        assertThat(List.of(Verdict.values())).extracting(Verdict::word).containsExactly("never", "sometimes", "always");
    }

    private static void assertError(String src, String pos, String sentence) {
        ScenarioSyntaxError e = error(src);
        assertThat(e.pos().toString()).as(sentence).isEqualTo(pos);
        assertThat(e.sentence()).isEqualTo(sentence);
        assertThat(e.getMessage()).isEqualTo(pos + ": " + sentence);
    }

    private static ScenarioSyntaxError error(String src) {
        try {
            HeaderParser.parse("e.js", src);
        } catch (ScenarioSyntaxError e) {
            return e;
        }
        throw new AssertionError("no error for " + src);
    }
}
