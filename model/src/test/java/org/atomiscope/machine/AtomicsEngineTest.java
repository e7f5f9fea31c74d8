package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.main;
import static org.atomiscope.machine.Scenarios.node;
import static org.atomiscope.machine.Scenarios.out;
import static org.atomiscope.machine.Scenarios.run;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Atomics function through JavaScript on the machine, on every integer view type, over a
 * SharedArrayBuffer (each operation a visible event) and over a plain ArrayBuffer (done at once).
 * Expected values follow ECMA-262 §25.4: operands and replacement values are converted with the
 * view's ToIntN/ToUintN, results wrap at both ends, Atomics.store returns ToIntegerOrInfinity(v).
 */
class AtomicsEngineTest {

    private static final List<String> INTEGER_TYPES =
        List.of("Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array");

    /** A view of the type over 8 elements' worth of shared or plain bytes. */
    private static String view(String type, boolean shared) {
        return "const a = new " + type + "(new " + (shared ? "SharedArrayBuffer" : "ArrayBuffer") + "(8 * "
            + type + ".BYTES_PER_ELEMENT));\n";
    }

    private static Stream<Arguments> everyTypeBothBuffers(List<String[]> rows) {
        return rows.stream().flatMap(r -> Stream.of(true, false).map(shared -> {
            Object[] args = new Object[r.length + 1];
            args[0] = r[0];
            args[1] = shared;
            System.arraycopy(r, 1, args, 2, r.length - 1);
            return Arguments.of(args);
        }));
    }

    // ------------------------------------------------------------------ every operation, every type

    static Stream<Arguments> operationSequence() {
        return everyTypeBothBuffers(List.of(
            new String[] {"Int8Array", "-1 -1 | -1 1 | 1 -2 | -2 -16 | -16 -1 | -1 0 | 0 1 | 1 -2 | -2 -2 | -2"},
            new String[] {"Uint8Array", "-1 255 | 255 1 | 1 254 | 254 240 | 240 255 | 255 0 | 0 1 | 1 254 | 254 254 | 254"},
            new String[] {"Int16Array", "-1 -1 | -1 1 | 1 -2 | -2 240 | 240 255 | 255 0 | 0 1 | 1 -2 | -2 -2 | -2"},
            new String[] {"Uint16Array",
                "-1 65535 | 65535 1 | 1 65534 | 65534 240 | 240 255 | 255 0 | 0 1 | 1 65534 | 65534 65534 | 65534"},
            new String[] {"Int32Array", "-1 -1 | -1 1 | 1 -2 | -2 240 | 240 255 | 255 0 | 0 1 | 1 -2 | -2 -2 | -2"},
            new String[] {"Uint32Array", "-1 4294967295 | 4294967295 1 | 1 4294967294 | 4294967294 240 | 240 255 | 255 0 "
                + "| 0 1 | 1 4294967294 | 4294967294 4294967294 | 4294967294"}));
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("operationSequence")
    void everyOperationReturnsTheOldValueAndStoresTheConvertedResult(String type, boolean shared, String expected) {
        String src = view(type, shared) + """
            console.log(Atomics.store(a, 0, -1), a[0]);
            console.log(Atomics.add(a, 0, 2), a[0]);
            console.log(Atomics.sub(a, 0, 3), a[0]);
            console.log(Atomics.and(a, 0, 0xF0), a[0]);
            console.log(Atomics.or(a, 0, 0x0F), a[0]);
            console.log(Atomics.xor(a, 0, 0xFF), a[0]);
            console.log(Atomics.exchange(a, 0, 1.9), a[0]);
            console.log(Atomics.compareExchange(a, 0, 1, -2), a[0]);
            console.log(Atomics.compareExchange(a, 0, 0, 5), a[0]);
            console.log(Atomics.load(a, 0));
            """;
        Scenarios.Ran r = run(src);
        assertThat(r.outcome()).isEqualTo("main: " + expected);
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    static Stream<Arguments> bounds() {
        return everyTypeBothBuffers(List.of(
            new String[] {"Int8Array", "-128", "127"},
            new String[] {"Uint8Array", "0", "255"},
            new String[] {"Int16Array", "-32768", "32767"},
            new String[] {"Uint16Array", "0", "65535"},
            new String[] {"Int32Array", "-2147483648", "2147483647"},
            new String[] {"Uint32Array", "0", "4294967295"}));
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("bounds")
    void arithmeticWrapsAroundAtBothEnds(String type, boolean shared, String min, String max) {
        String src = view(type, shared)
            + "a[0] = " + max + ";\n"
            + "console.log(Atomics.add(a, 0, 1), Atomics.load(a, 0), Atomics.sub(a, 0, 1), Atomics.load(a, 0));\n"
            + "a[0] = " + min + ";\n"
            + "console.log(Atomics.sub(a, 0, 1), a[0], Atomics.add(a, 0, 1), a[0]);\n"
            + "console.log(Atomics.exchange(a, 0, " + max + " + 1), a[0], Atomics.exchange(a, 0, " + min + " - 1), a[0]);\n"
            + "console.log(Atomics.store(a, 1, " + max + " + 1), a[1], Atomics.store(a, 1, " + min + " - 1), a[1]);\n";
        String maxPlus1 = String.valueOf(Long.parseLong(max) + 1);
        String minMinus1 = String.valueOf(Long.parseLong(min) - 1);
        assertThat(main(src)).isEqualTo(
            max + " " + min + " " + min + " " + max + " | "
                + min + " " + max + " " + max + " " + min + " | "
                + min + " " + min + " " + min + " " + max + " | "
                + maxPlus1 + " " + min + " " + minMinus1 + " " + max);
    }

    static Stream<Arguments> integerTypesBothBuffers() {
        return everyTypeBothBuffers(INTEGER_TYPES.stream().map(t -> new String[] {t}).toList());
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("integerTypesBothBuffers")
    void operandsAreConvertedWithTheViewsIntegerConversion(String type, boolean shared) {
        String src = view(type, shared) + """
            a[0] = 10;
            console.log(Atomics.add(a, 0, 2 ** 32 + 5), a[0]);
            console.log(Atomics.add(a, 0, 1.9), a[0]);
            console.log(Atomics.sub(a, 0, -1.9), a[0]);
            console.log(Atomics.add(a, 0, NaN), Atomics.add(a, 0, Infinity), Atomics.add(a, 0, -Infinity), a[0]);
            console.log(Atomics.add(a, 0, '3'), Atomics.or(a, 0, {valueOf() { return 64 }}), a[0]);
            console.log(Atomics.sub(a, 0, 2 ** 53), Atomics.xor(a, 0, undefined), a[0]);
            console.log(Atomics.and(a, 0, 2 ** 32 + 0x0F), a[0]);
            """;
        assertThat(main(src)).isEqualTo("10 15 | 15 16 | 16 17 | 17 17 17 17 | 17 20 84 | 84 84 84 | 84 4");
    }

    static Stream<Arguments> compareExchangeConversions() {
        return everyTypeBothBuffers(List.of(
            new String[] {"Int8Array", "-1", "255"},
            new String[] {"Uint8Array", "255", "-1"},
            new String[] {"Int16Array", "-1", "65535"},
            new String[] {"Uint16Array", "65535", "-1"},
            new String[] {"Int32Array", "-1", "4294967295"},
            new String[] {"Uint32Array", "4294967295", "-1"}));
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("compareExchangeConversions")
    void compareExchangeConvertsTheExpectedValueBeforeComparing(String type, boolean shared, String stored, String expectedArg) {
        String src = view(type, shared)
            + "a[0] = " + stored + ";\n"
            + "console.log(Atomics.compareExchange(a, 0, " + expectedArg + ", 3), a[0]);\n"
            + """
            a[0] = 5;
            console.log(Atomics.compareExchange(a, 0, 5.9, 6), a[0]);
            console.log(Atomics.compareExchange(a, 0, '6', 9), a[0]);
            console.log(Atomics.compareExchange(a, 0, 7, 8), a[0]);
            console.log(Atomics.compareExchange(a, 0, 9 + 2 ** 32, 2 ** 32 + 1), a[0]);
            """;
        assertThat(main(src)).isEqualTo(stored + " 3 | 5 6 | 6 9 | 9 9 | 9 1");
    }

    @ParameterizedTest(name = "{0} shared={1}")
    @MethodSource("integerTypesBothBuffers")
    void storeReturnsToIntegerOrInfinityOfItsArgument(String type, boolean shared) {
        String src = view(type, shared) + """
            console.log(Atomics.store(a, 0, 300), Atomics.store(a, 1, -1.5), Atomics.store(a, 2, NaN));
            console.log(1 / Atomics.store(a, 3, -0), Atomics.store(a, 4, Infinity), a[4], Atomics.store(a, 5, '12'), a[5]);
            console.log(Atomics.store(a, 6, 2 ** 32 + 7.9), a[6], Atomics.store(a, 7, {valueOf() { return 7.5 }}), a[7]);
            console.log(Atomics.store(a, 2), a[2], Atomics.store(a, 2, -Infinity), a[2]);
            """;
        String stored300 = switch (type) {
            case "Int8Array", "Uint8Array" -> "44";
            default -> "300";
        };
        String minusOne = switch (type) {
            case "Uint8Array" -> "255";
            case "Uint16Array" -> "65535";
            case "Uint32Array" -> "4294967295";
            default -> "-1";
        };
        String src2 = src + "console.log(a[0], a[1]);\n";
        assertThat(main(src2)).isEqualTo("300 -1 0 | Infinity Infinity 0 12 12 | 4294967303 7 7 7 | 0 0 -Infinity 0 | "
            + stored300 + " " + minusOne);
    }

    @Test
    void storeOnAnInt8ArrayReturns300AndStores44() {
        Scenarios.Ran r = run("const i8 = new Int8Array(new SharedArrayBuffer(4));\n"
            + "console.log(Atomics.store(i8, 0, 300), i8[0], Atomics.add(i8, 0, 100), i8[0]);");
        assertThat(r.outcome()).isEqualTo("main: 300 44 44 -112");
        assertThat(r.texts(Event.Kind.WRITE)).containsExactly("Atomics.store(i8, 0, 44)");
        assertThat(r.texts(Event.Kind.RMW)).containsExactly("Atomics.add(i8, 0, 100) → 44");
        assertThat(r.texts(Event.Kind.READ)).containsExactly("read i8[0] → 44", "read i8[0] → -112");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void indexIsConvertedWithToIndex(boolean shared) {
        String src = view("Uint16Array", shared) + """
            for (let i = 0; i < 4; i++) a[i] = i * 10;
            console.log(Atomics.load(a, '2'), Atomics.load(a, 1.7), Atomics.load(a, undefined), Atomics.load(a, 'x'));
            console.log(Atomics.load(a, -0.5), Atomics.load(a, {valueOf() { return 3 }}), Atomics.load(a, null), Atomics.load(a, true));
            """;
        assertThat(main(src)).isEqualTo("20 10 0 0 | 0 30 0 10");
    }

    @Test
    void atomicsOnAViewWithAByteOffsetActOnTheRightBytes() {
        String src = """
            const sab = new SharedArrayBuffer(8);
            const u8 = new Uint8Array(sab);
            const i16 = new Int16Array(sab, 4);
            console.log(Atomics.store(i16, 1, -2), u8[6], u8[7], i16.length, Atomics.load(new Int16Array(sab), 3));
            console.log(Atomics.add(new Uint32Array(sab, 4, 1), 0, 3), u8[4], u8[5], u8[6], u8[7]);
            """;
        assertThat(main(src)).isEqualTo("-2 254 255 2 -2 | 4294836224 3 0 254 255");
    }

    // ------------------------------------------------------------------ visible events

    @Test
    void sharedOperationsAreVisibleEventsPlainOnesAreNot() {
        // Once another agent can reach the buffer (here: an agent captured it), each operation is a step.
        Scenarios.Ran shared = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('peer', () => { ia; });
            Atomics.store(ia, 0, 5); Atomics.load(ia, 0); Atomics.exchange(ia, 1, 2); Atomics.compareExchange(ia, 1, 2, 3);
            """);
        assertThat(shared.memoryEvents()).extracting(Event::text).containsExactly(
            "Atomics.store(ia, 0, 5)", "Atomics.load(ia, 0) → 5", "Atomics.exchange(ia, 1, 2) → 0",
            "Atomics.compareExchange(ia, 1, 2, 3) → 2");
        assertThat(shared.memoryEvents()).extracting(Event::kind).containsExactly(
            Event.Kind.WRITE, Event.Kind.READ, Event.Kind.RMW, Event.Kind.RMW);
        assertThat(shared.result().schedule()).hasSize(6); // main starts, 4 operations, peer starts

        // Before anyone else can reach it, a shared buffer is only its agent's: the same operations are
        // reported, but happen at once, inside one step.
        Scenarios.Ran unpublished = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            Atomics.store(ia, 0, 5); Atomics.load(ia, 0); Atomics.exchange(ia, 1, 2); Atomics.compareExchange(ia, 1, 2, 3);
            """);
        assertThat(unpublished.memoryEvents()).extracting(Event::text).containsExactly(
            "Atomics.store(ia, 0, 5)", "Atomics.load(ia, 0) → 5", "Atomics.exchange(ia, 1, 2) → 0",
            "Atomics.compareExchange(ia, 1, 2, 3) → 2");
        assertThat(unpublished.result().schedule()).hasSize(1);

        Scenarios.Ran plain = run("""
            const ia = new Int32Array(new ArrayBuffer(8));
            Atomics.store(ia, 0, 5); Atomics.load(ia, 0); Atomics.exchange(ia, 1, 2); Atomics.compareExchange(ia, 1, 2, 3);
            console.log(ia[0], ia[1]);
            """);
        assertThat(plain.memoryEvents()).isEmpty();
        assertThat(plain.outcome()).isEqualTo("main: 5 3");
        assertThat(plain.result().schedule()).hasSize(1);
    }

    // ------------------------------------------------------------------ errors

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "-1; -1",
        "4; 4",
        "1.5e10; 15000000000",
        "Infinity; Infinity",
        "-Infinity; -Infinity",
        "'4'; 4"})
    void badIndexIsARangeErrorForEveryFunction(String index, String shown) {
        for (boolean shared : new boolean[] {true, false}) {
            for (String call : List.of("load(a, I)", "store(a, I, 1)", "add(a, I, 1)", "sub(a, I, 1)", "and(a, I, 1)",
                "or(a, I, 1)", "xor(a, I, 1)", "exchange(a, I, 1)", "compareExchange(a, I, 1, 2)")) {
                String fn = call.substring(0, call.indexOf('('));
                String src = "const a = new Uint16Array(new " + (shared ? "SharedArrayBuffer" : "ArrayBuffer") + "(8));\n"
                    + "try { Atomics." + call.replace("I", index) + " } catch (e) { console.log(e.name + ': ' + e.message, e instanceof RangeError) }";
                assertThat(main(src)).as(call + " shared=" + shared).isEqualTo(
                    "RangeError: Atomics." + fn + ": index " + shown + " is out of range for a Uint16Array of length 4 true");
            }
        }
    }

    @Test
    void badIndexOnWaitAndNotifyIsARangeError() {
        String src = node("""
            const a = new Uint32Array(new SharedArrayBuffer(16));
            const ia = new Int32Array(new SharedArrayBuffer(16));
            for (const i of [-1, 4, 1.5e10]) {
              try { Atomics.wait(ia, i, 0, 0) } catch (e) { console.log(e.name) }
              try { Atomics.notify(ia, i) } catch (e) { console.log(e.name) }
            }
            """);
        assertThat(main(src)).isEqualTo("RangeError | RangeError | RangeError | RangeError | RangeError | RangeError");
    }

    @Test
    void messagesUseTheRightArticle() {
        String src = node("""
            const ia = new Int32Array(new SharedArrayBuffer(16));
            try { Atomics.load(ia, 4) } catch (e) { console.log(e.message) }
            try { Atomics.notify(new Int8Array(new SharedArrayBuffer(4)), 0) } catch (e) { console.log(e.message) }
            """);
        assertThat(main(src)).isEqualTo("Atomics.load: index 4 is out of range for an Int32Array of length 4 | "
            + "Atomics.notify works only on an Int32Array, not on an Int8Array");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Float32Array", "Float64Array", "Uint8ClampedArray"})
    void atomicsOnANonIntegerViewIsATypeError(String type) {
        for (boolean shared : new boolean[] {true, false}) {
            for (String call : List.of("load(a, 0)", "store(a, 0, 1)", "add(a, 0, 1)", "sub(a, 0, 1)", "and(a, 0, 1)",
                "or(a, 0, 1)", "xor(a, 0, 1)", "exchange(a, 0, 1)", "compareExchange(a, 0, 1, 2)")) {
                String fn = call.substring(0, call.indexOf('('));
                String src = view(type, shared)
                    + "try { Atomics." + call + " } catch (e) { console.log(e.name + ': ' + e.message, e instanceof TypeError) }";
                assertThat(main(src)).as(call + " shared=" + shared).isEqualTo("TypeError: Atomics." + fn
                    + " works only on integer typed arrays (Int8Array … Uint32Array), not on a " + type + " true");
            }
        }
    }

    @Test
    void theTypeErrorComesBeforeTheRangeError() {
        assertThat(main("""
            const f = new Float64Array(new SharedArrayBuffer(16));
            try { Atomics.load(f, 99) } catch (e) { console.log(e.name) }
            """)).isEqualTo("TypeError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Uint8Array", "Uint16Array", "Uint32Array", "Float32Array", "Float64Array", "Uint8ClampedArray"})
    void waitAndNotifyOnANonInt32ViewAreTypeErrors(String type) {
        String src = node(view(type, true) + """
            try { Atomics.wait(a, 0, 0, 0) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { Atomics.notify(a, 0, 1) } catch (e) { console.log(e.name + ': ' + e.message) }
            try { Atomics.wake(a, 0, 1) } catch (e) { console.log(e.name + ': ' + e.message) }
            """);
        assertThat(run(src).lines("main")).containsExactly(
            "TypeError: Atomics.wait works only on an Int32Array, not on a " + type,
            "TypeError: Atomics.notify works only on an Int32Array, not on a " + type,
            "TypeError: Atomics.wake works only on an Int32Array, not on a " + type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Int8Array", "Int16Array"})
    void waitOnOtherSignedViewsIsATypeErrorToo(String type) {
        String src = node(view(type, true) + "try { Atomics.wait(a, 0, 0, 0) } catch (e) { console.log(e.name, e.message.startsWith('Atomics.wait works only on an Int32Array')) }");
        assertThat(main(src)).isEqualTo("TypeError true");
    }

    @Test
    void waitOnANonSharedInt32ArrayIsATypeError() {
        Scenarios.Ran r = run(node("const ia = new Int32Array(4);\nAtomics.wait(ia, 0, 0);"));
        assertThat(r.outcome()).isEqualTo(
            "[main threw TypeError: Atomics.wait needs an Int32Array over a SharedArrayBuffer; this one's buffer is not shared]");
        assertThat(r.ending()).isEqualTo(Run.Ending.THREW);
        assertThat(r.message()).isEqualTo("t.js:5:1: main threw TypeError: Atomics.wait needs an Int32Array over a "
            + "SharedArrayBuffer; this one's buffer is not shared.");
        // Even with a bad index, the non-shared buffer is reported first (spec order).
        assertThat(main(node("try { Atomics.wait(new Int32Array(4), 99, 0) } catch (e) { console.log(e.name) }")))
            .isEqualTo("TypeError");
    }

    @Test
    void waitOnTheBrowsersMainAgentIsATypeError() {
        Scenarios.Ran r = run("const ia = new Int32Array(new SharedArrayBuffer(8)); Atomics.wait(ia, 0, 0)");
        assertThat(r.outcome()).isEqualTo("[main threw TypeError: Atomics.wait cannot be called on the main agent: a browser's "
            + "main thread may not block (use a worker, or Atomics.waitAsync in real code)]");
        assertThat(r.ending()).isEqualTo(Run.Ending.THREW);
        assertThat(r.message()).startsWith("t.js:1:54: main threw TypeError: Atomics.wait cannot be called on the main agent");
        // It throws before reading the value, so a value that differs does not help (§25.4.13 DoWait step order).
        assertThat(main("const ia = new Int32Array(new SharedArrayBuffer(8));\n"
            + "try { Atomics.wait(ia, 0, 1) } catch (e) { console.log(e.name) }")).isEqualTo("TypeError");
        assertThat(out("/**\n * @host browser\n */\nconst ia = new Int32Array(new SharedArrayBuffer(8));\n"
            + "try { Atomics.wait(ia, 0, 1, 0) } catch (e) { console.log(e.name) }")).isEqualTo("main: TypeError");
    }

    @Test
    void waitOnNodesMainAgentIsAllowed() {
        Scenarios.Ran r = run(node("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            console.log(Atomics.wait(ia, 0, 1), Atomics.wait(ia, 0, 0, 0), Atomics.wait(ia, 0, 0, 5));
            """));
        assertThat(r.outcome()).isEqualTo("main: not-equal timed-out timed-out");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
        assertThat(r.now()).isEqualTo(5.0);
    }

    @Test
    void notifyOnANonSharedBufferReturnsZero() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new ArrayBuffer(16));
            console.log(Atomics.notify(ia, 0, 1), Atomics.notify(ia, 3), Atomics.notify(ia, 1, Infinity), Atomics.wake(ia, 0));
            """);
        assertThat(r.outcome()).isEqualTo("main: 0 0 0 0");
        assertThat(r.events(Event.Kind.NOTIFY)).isEmpty();
    }

    @Test
    void wakeIsTheOldNameOfNotifyAndWarns() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0)); });
            setTimeout(() => console.log(Atomics.wake(ia, 0)), 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: 1; a: ok");
        assertThat(r.events(Event.Kind.WARNING)).hasSize(1);
        Event warning = r.events(Event.Kind.WARNING).get(0);
        assertThat(warning.agentName()).isEqualTo("main");
        assertThat(warning.text()).isEqualTo(
            "Atomics.wake is the old name of Atomics.notify (renamed in 2017); engines today only know notify.");
        assertThat(warning.pos().line()).isEqualTo(3);
        assertThat(r.texts(Event.Kind.NOTIFY)).containsExactly("Atomics.wake(ia, 0) → 1 (wakes a)");
    }

    @Test
    void notifyDoesNotWarn() {
        Scenarios.Ran r = run("const ia = new Int32Array(new SharedArrayBuffer(8)); console.log(Atomics.notify(ia, 0));");
        assertThat(r.outcome()).isEqualTo("main: 0");
        assertThat(r.events(Event.Kind.WARNING)).isEmpty();
        assertThat(r.texts(Event.Kind.NOTIFY)).containsExactly("Atomics.notify(ia, 0) → 0");
    }

    @Test
    void aNonTypedArrayIsATypeError() {
        assertThat(run("""
            for (const x of [[1, 2], {}, 5, undefined, 'str']) {
              try { Atomics.load(x, 0) } catch (e) { console.log(e.name + ': ' + e.message) }
            }
            """).lines("main")).containsExactly(
            "TypeError: Atomics.load needs a typed array as its first argument, not [object Array]",
            "TypeError: Atomics.load needs a typed array as its first argument, not [object Object]",
            "TypeError: Atomics.load needs a typed array as its first argument, not 5",
            "TypeError: Atomics.load needs a typed array as its first argument, not undefined",
            "TypeError: Atomics.load needs a typed array as its first argument, not \"str\"");
    }

    @Test
    void uncaughtAtomicsErrorsAppearInTheOutcome() {
        Scenarios.Ran r = run("const f = new Float32Array(new SharedArrayBuffer(8));\nAtomics.add(f, 0, 1);");
        assertThat(r.outcome()).isEqualTo("[main threw TypeError: Atomics.add works only on integer typed arrays "
            + "(Int8Array … Uint32Array), not on a Float32Array]");
        assertThat(r.ending()).isEqualTo(Run.Ending.THREW);
        assertThat(r.message()).isEqualTo("t.js:2:1: main threw TypeError: Atomics.add works only on integer typed arrays "
            + "(Int8Array … Uint32Array), not on a Float32Array.");
        assertThat(r.agent("main").status()).isEqualTo(AgentState.Status.THREW);
        assertThat(r.events(Event.Kind.THREW)).hasSize(1);

        Scenarios.Ran range = run("const u = new Uint8Array(new SharedArrayBuffer(2));\nconsole.log('before');\nAtomics.load(u, 2);");
        assertThat(range.outcome()).isEqualTo(
            "main: before [main threw RangeError: Atomics.load: index 2 is out of range for a Uint8Array of length 2]");
    }

    @Test
    void isLockFree() {
        assertThat(main("console.log(Atomics.isLockFree(1), Atomics.isLockFree(2), Atomics.isLockFree(3), Atomics.isLockFree(4));\n"
            + "console.log(Atomics.isLockFree(5), Atomics.isLockFree(8), Atomics.isLockFree(16), Atomics.isLockFree('4'), Atomics.isLockFree());"))
            .isEqualTo("true true false true | false true false true false");
    }

    @Test
    void theAtomicsNamespace() {
        assertThat(main("console.log(typeof Atomics, String(Atomics), typeof Atomics.wait, typeof Atomics.wake, "
            + "Atomics.compareExchange.length, Atomics.wait.length, Atomics.add.length, Atomics.isLockFree.length)"))
            .isEqualTo("object [object Atomics] function function 4 4 3 1");
    }
}
