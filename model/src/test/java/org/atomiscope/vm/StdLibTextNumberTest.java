package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** String, Number, Boolean, the global number functions, Math and Date. */
class StdLibTextNumberTest {
    private static String run(String src) {
        return JsRunner.out(src);
    }

    @Test
    void stringSearching() {
        assertThat(run("console.log('abc'.charAt(1), 'abc'.charAt(5), 'abc'.charCodeAt(1), 'abc'.charCodeAt(9), '😀'.codePointAt(0), 'abc'.at(-1), 'abc'.at(5))"))
            .isEqualTo("b  98 NaN 128512 c undefined");
        assertThat(run("console.log('abcabc'.indexOf('c'), 'abcabc'.indexOf('c', 3), 'abcabc'.lastIndexOf('b'), 'abc'.indexOf(''), "
            + "'abc'.includes('bc'), 'abc'.startsWith('ab'), 'abc'.startsWith('b', 1), 'abc'.endsWith('bc'), 'abc'.endsWith('a', 1))"))
            .isEqualTo("2 5 4 0 true true true true true");
    }

    @Test
    void stringSlicing() {
        assertThat(run("console.log('abcdef'.slice(-3, -1), 'abcdef'.slice(2), 'abcdef'.substring(4, 1), 'abcdef'.substr(-3, 2), "
            + "'abcdef'.substring(-5, 2), 'abc'.slice(2, 1) === '')"))
            .isEqualTo("de cdef bcd de ab true");
        assertThat(run("console.log('a b'.split(' '), 'abc'.split(''), 'a,b,c'.split(',', 2), 'abc'.split(), ''.split(','), ''.split(''), 'a,,b'.split(','))"))
            .isEqualTo("[ 'a', 'b' ] [ 'a', 'b', 'c' ] [ 'a', 'b' ] [ 'abc' ] [ '' ] [] [ 'a', '', 'b' ]");
    }

    @Test
    void stringTransforming() {
        assertThat(run("console.log('ABC'.toLowerCase(), 'straße'.toUpperCase(), 'x'.repeat(3), ' \\t hi \\n'.trim() + '|', '  x '.trimStart() + '|', "
            + "'  x '.trimEnd() + '|', 'abc'.padStart(6, '-'), 'xyz'.padEnd(6, 'ab'), '5'.padStart(3, '0'), 'abc'.concat(1, [2]))"))
            .isEqualTo("abc STRASSE xxx hi| x |   x| ---abc xyzaba 005 abc12");
        assertThat(run("console.log('Hello'.replace('l', 'L'), 'a-b-c'.replaceAll('-', '+'), '$'.replace('$', '$$'), 'abc'.replace('b', '[$&]'), "
            + "'abc'.replace('b', \"[$`$']\"), 'abc'.replaceAll('', '-'))"))
            .isEqualTo("HeLlo a+b+c $ a[b]c a[ac]c -a-b-c-");
        assertThat(run("console.log('a-b-c'.replace('-', (m, i) => `[${m}${i}]`), 'aXbX'.replaceAll('X', (m, i, s) => i + s.length))"))
            .isEqualTo("a[-1]b-c a5b7");
        assertThat(run("console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('B'), String.fromCharCode(72, 105), "
            + "String.fromCodePoint(128512).length)")).isEqualTo("-1 1 0 -1 Hi 2");
        assertThat(run("try { 'x'.repeat(-1) } catch (e) { console.log(e.name, e.message) } try { String.prototype.trim.call(null) } catch (e) { console.log(e.message) }"))
            .isEqualTo("RangeError Invalid count value: -1\nString.prototype.trim called on null or undefined");
    }

    @Test
    void conversions() {
        assertThat(run("console.log(String(null), String(123), String([1, [2]]), String({}), String(-0), String(), Boolean(''), Boolean('0'), Boolean(NaN), Boolean({}))"))
            .isEqualTo("null 123 1,2 [object Object] 0  false true false true");
        assertThat(run("console.log(Number('  12  '), Number(''), Number('0x10'), Number('1e3'), Number('abc'), Number(null), Number(undefined), "
            + "Number(true), Number([5]), Number(), Number('-0'))"))
            .isEqualTo("12 0 16 1000 NaN 0 NaN 1 5 0 -0");
        assertThat(run("console.log(true.toString(), (5).valueOf(), typeof NaN, NaN === NaN, Infinity > 1e308, undefined === void 0)"))
            .isEqualTo("true 5 number false true true");
        assertThat(run("undefined = 5; NaN = 1; console.log(undefined, NaN)")).isEqualTo("undefined NaN");
    }

    @Test
    void numberStatics() {
        assertThat(run("console.log(Number.isInteger(5.0), Number.isInteger('5'), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), "
            + "Number.isFinite('1'), isFinite('1'), Number.isNaN('x'), isNaN('x'))"))
            .isEqualTo("true false false false false true false true");
        assertThat(run("console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE, "
            + "Number.POSITIVE_INFINITY, Number.NaN, Number.parseFloat === parseFloat)"))
            .isEqualTo("9007199254740991 -9007199254740991 2.220446049250313e-16 5e-324 1.7976931348623157e+308 Infinity NaN true");
        assertThat(run("console.log(parseInt('  -42px'), parseInt('ff', 16), parseInt('0x1f'), parseInt('0b11'), parseInt(''), parseInt('12', 1), "
            + "parseInt('z', 36), parseFloat('3.14abc'), parseFloat('.5e1x'), parseFloat('-Infinityx'), parseFloat('e5'), parseFloat('1e'))"))
            .isEqualTo("-42 255 31 0 NaN NaN 35 3.14 5 -Infinity NaN 1");
    }

    @Test
    void numberFormatting() {
        assertThat(run("console.log((1234.5678).toFixed(2), (0.1 + 0.2).toFixed(10), (1.005).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0), "
            + "(1e21).toFixed(2), (0).toFixed(2), (-0.0000001).toFixed(2))"))
            .isEqualTo("1234.57 0.3000000000 1.00 -2 3 1e+21 0.00 -0.00");
        assertThat(run("console.log((123.456).toPrecision(4), (0.00001).toPrecision(1), (123456).toPrecision(2), (1.5).toPrecision(5), "
            + "(0.000001234).toPrecision(2), (99.99).toPrecision(3), (0).toPrecision(3))"))
            .isEqualTo("123.5 0.00001 1.2e+5 1.5000 0.0000012 100 0.00");
        assertThat(run("console.log((12345.6789).toExponential(2), (5).toExponential(), (0.00015).toExponential(1), (255).toString(16), "
            + "(255).toString(2), (-255).toString(36), (0.5).toString(2), (1234567.891).toLocaleString())"))
            .isEqualTo("1.23e+4 5e+0 1.5e-4 ff 11111111 -73 0.1 1,234,567.891");
        assertThat(run("try { (1).toString(1) } catch (e) { console.log(e.name, e.message) } try { (1).toFixed(101) } catch (e) { console.log(e.message) }"))
            .isEqualTo("RangeError toString() radix must be between 2 and 36\ntoFixed() digits argument must be between 0 and 100");
    }

    @Test
    void math() {
        assertThat(run("console.log(Math.abs(-3), Math.sign(-0), Math.sign(-5), Math.floor(-1.5), Math.ceil(1.2), Math.trunc(-1.7), Math.sqrt(16), "
            + "Math.cbrt(27), Math.pow(2, 10), Math.pow(1, Infinity), Math.hypot(3, 4), Math.hypot())"))
            .isEqualTo("3 -0 -1 -2 2 -1 4 3 1024 NaN 5 0");
        assertThat(run("console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.4), Math.round(-0.6), Math.round(1.5))"))
            .isEqualTo("3 -2 0 -0 -1 2");
        assertThat(run("console.log(Math.min(), Math.max(), Math.max(1, NaN), Math.max(-0, 0), Math.min(0, -0), Math.max(3, '7', 5), Math.min(...[4, 2, 8]))"))
            .isEqualTo("Infinity -Infinity NaN 0 -0 7 2");
        assertThat(run("console.log(Math.log2(8), Math.log10(1000), Math.log(Math.E), Math.exp(0), Math.clz32(1), Math.clz32(0), Math.imul(0xffffffff, 5), "
            + "Math.fround(5.5), Math.fround(5.05), Math.atan2(1, 1), Math.sin(0), Math.cos(Math.PI))"))
            .isEqualTo("3 3 1 1 31 32 -5 5.5 5.050000190734863 0.7853981633974483 0 -1");
        assertThat(run("console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.asinh(0), Math.atanh(0.5), Math.acosh(1), Math.expm1(0), Math.log1p(0))"))
            .isEqualTo("3.141592653589793 2.718281828459045 1.4142135623730951 0.6931471805599453 0 0.5493061443340548 0 0 0");
    }

    @Test
    void randomIsSeededAndDeterministic() {
        String src = "const xs = []; for (let i = 0; i < 5; i++) xs.push(Math.random()); console.log(xs.every(x => x >= 0 && x < 1), "
            + "new Set(xs).size, xs.join())";
        String first = run(src);
        assertThat(first).startsWith("true 5 ");
        assertThat(run(src)).isEqualTo(first);
        assertThat(run("console.log(Object.keys(Math).length, JSON.stringify(Math))")).isEqualTo("0 {}");
    }

    @Test
    void dateOnVirtualTime() {
        assertThat(run("console.log(Date.now(), new Date().getTime(), new Date(0).toISOString(), new Date(86400000 * 366).getFullYear())"))
            .isEqualTo("0 0 1970-01-01T00:00:00.000Z 1971");
        assertThat(run("const d = new Date(2020, 1, 29, 13, 5); console.log(d.getDate(), d.getMonth(), d.getHours(), d.getDay(), d.toISOString(), "
            + "Date.UTC(2000, 0, 1), new Date('2024-03-01T12:30:00Z').getTime(), Date.parse('nope'))"))
            .isEqualTo("29 1 13 6 2020-02-29T13:05:00.000Z 946684800000 1709296200000 NaN");
        assertThat(run("const d = new Date(0); d.setDate(32); console.log(d.toISOString(), d.toUTCString(), String(new Date(NaN)), JSON.stringify([new Date(1)]))"))
            .isEqualTo("1970-02-01T00:00:00.000Z Sun, 01 Feb 1970 00:00:00 GMT Invalid Date [\"1970-01-01T00:00:00.001Z\"]");
    }
}
