package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.atomiscope.lang.Ast.Program;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The programs of the documents Atomiscope was created from parse as written. */
class SeedProgramsTest {

    /** ch4-web-workers/main.js from seed 000, verbatim. */
    static final String MAIN_JS = """
            if (!crossOriginIsolated) { // 1
             throw new Error('Cannot use SharedArrayBuffer');
            }
            const worker = new Worker('worker.js');
            const buffer = new SharedArrayBuffer(1024); // 2
            const view = new Uint8Array(buffer); // 3
            console.log('now', view[0]);
            worker.postMessage(buffer);
            setTimeout(() => {
             console.log('later', view[0]);
             console.log('prop', buffer.foo); // 4
            }, 500);
            """;

    /** ch4-web-workers/worker.js from seed 000, verbatim. */
    static final String WORKER_JS = """
            self.onmessage = ({data: buffer}) => {
             buffer.foo = 42; // 1
             const view = new Uint8Array(buffer);
             view[0] = 2; // 2
             console.log('updated in worker');
            };

            """;

    @Test
    void mainJs() {
        Program p = Parser.parse("main.js", MAIN_JS);
        assertThat(p.body()).hasSize(7);
        assertThat(Sexp.of(p.body().get(0)))
                .isEqualTo("(if (! crossOriginIsolated) {(throw (new Error \"Cannot use SharedArrayBuffer\"))})");
        assertThat(Sexp.of(p.body().get(2))).isEqualTo("(const (buffer (new SharedArrayBuffer 1024)))");
        assertThat(Sexp.of(p.body().get(6))).isEqualTo("(call setTimeout (=> () {"
                + "(call (. console log) \"later\" ([] view 0)); (call (. console log) \"prop\" (. buffer foo));}) 500);");
        assertThat(p.body().get(6).pos()).isEqualTo(new Pos("main.js", 9, 1));
    }

    @Test
    void workerJs() {
        Program p = Parser.parse("worker.js", WORKER_JS);
        assertThat(Sexp.of(p)).isEqualTo("(= (. self onmessage) (=> ({data: buffer}p) {"
                + "(= (. buffer foo) 42); (const (view (new Uint8Array buffer))) (= ([] view 0) 2); "
                + "(call (. console log) \"updated in worker\");}));");
        Ast.Assign assign = (Ast.Assign) ((Ast.ExprStmt) p.body().get(0)).expr();
        Ast.FunctionNode handler = ((Ast.FunctionExpr) assign.value()).function();
        assertThat(handler.arrow()).isTrue();
        assertThat(handler.pos()).isEqualTo(new Pos("worker.js", 1, 18));
        assertThat(handler.params().get(0)).isInstanceOf(Ast.ObjectPattern.class);
        assertThat(handler.body()).hasSize(4);
    }

    /** Snippets of seed 003 (the SharedArrayBuffer and Atomics tutorial), verbatim. */
    @ParameterizedTest
    @ValueSource(strings = {
        "var w = new Worker(\"myworker.js\")",
        "w.postMessage(\"hi\"); // send \"hi\" to the worker\nw.onmessage = function (ev) {\n"
                + "console.log(ev.data); // prints \"ho\"\n}",
        "onmessage = function (ev) {\nconsole.log(ev.data); // prints \"hi\"\n"
                + "postMessage(\"ho\"); // sends \"ho\" back to the creator\n}",
        "onmessage = function (ev) { console.log(ev.data); postMessage(\"ho\"); }",
        "var sab = new SharedArrayBuffer(1024); // 1KiB shared memory",
        "w.postMessage(sab)",
        "var sab;\nonmessage = function (ev) {\nsab = ev.data; // 1KiB shared memory, the same memory as in the parent\n}",
        "var sab = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 100000); // 100000 primes\n"
                + "var ia = new Int32Array(sab); // ia.length == 100000\nvar primes = new PrimeGenerator();\n"
                + "for ( let i=0 ; i < ia.length ; i++ )\nia[i] = primes.next();\nw.postMessage(ia);",
        "var ia;\nonmessage = function (ev) {\nia = ev.data; // ia.length == 100000\n"
                + "console.log(ia[37]); // prints 163, the 38th prime\n}",
        "console.log(ia[37]); // Prints 163\nia[37] = 123456;",
        "console.log(ia[37]); // Prints 123456, maybe, eventually",
        "console.log(ia[37]); // Prints 163, the 38th prime\nAtomics.store(ia, 37, 123456);",
        "while (Atomics.load(ia, 37) == 163)\n;\nconsole.log(ia[37]); // Prints 123456",
        "ia[42] = 314159; // was 191\nia[37] = 123456; // was 163",
        "console.log(ia[37]);\nconsole.log(ia[42]);",
        "ia[42] = 314159; // was 191\nAtomics.store(ia, 37, 123456); // was 163\n"
                + "while (Atomics.load(ia, 37) == 163)\n;\nconsole.log(ia[37]); // Will print 123456\n"
                + "console.log(ia[42]); // Will print 314159",
        "ia[112]++",
        "Atomics.add(ia, 112, 1)",
        "console.log(ia[37]); // Prints 163\nAtomics.store(ia, 37, 123456);\nAtomics.wake(ia, 37, 1);",
        "Atomics.wait(ia, 37, 163);\nconsole.log(ia[37]); // Prints 123456",
    })
    void tutorialSnippets(String source) {
        assertThatCode(() -> Parser.parse("snippet.js", source)).doesNotThrowAnyException();
    }

    @Test
    void spinLoopShape() {
        Program p = Parser.parse("reader.js", "while (Atomics.load(ia, 37) == 163)\n;\nconsole.log(ia[37]); // Prints 123456");
        assertThat(Sexp.of(p)).isEqualTo("(while (== (call (. Atomics load) ia 37) 163) ;) (call (. console log) ([] ia 37));");
        assertThat(p.body().get(0)).isInstanceOf(Ast.While.class);
        assertThat(((Ast.While) p.body().get(0)).body().pos()).isEqualTo(new Pos("reader.js", 2, 1));
    }

    /** When the seed documents are at hand, every JavaScript block in them parses too. */
    @Test
    void javaScriptBlocksOfTheSeedDocument() throws IOException {
        Path seeds = Path.of("/work/shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "seed documents not present");
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("000_")).toList()) {
                Matcher m = Pattern.compile("##### \\S+\\.js\\s*```\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(f));
                while (m.find()) {
                    blocks.add(m.group(1));
                }
            }
        }
        assertThat(blocks).hasSize(2);
        for (String block : blocks) {
            assertThatCode(() -> Parser.parse("seed.js", block)).doesNotThrowAnyException();
        }
        assertThat(blocks).contains(MAIN_JS, WORKER_JS);
    }
}
