package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * console.log formatting compared with what Node (v20) prints for the same script. Expected
 * strings follow util.inspect's defaults: depth 2, breakLength 80, compact 3.
 */
class InspectTest {
    private static String log(String args) {
        return JsRunner.out("console.log(" + args + ")");
    }

    @Test
    void primitives() {
        assertThat(log("'top', 1, -0, 0.1 + 0.2, true, null, undefined")).isEqualTo("top 1 -0 0.30000000000000004 true null undefined");
        assertThat(log("1e21, 1e-7, 2 ** 53, -1e-7, NaN, -Infinity")).isEqualTo("1e+21 1e-7 9007199254740992 -1e-7 NaN -Infinity");
        assertThat(log("['a', \"it's\", 'say \"hi\"', `both ' and \"`, 'a\\nb\\\\']"))
            .isEqualTo("[ 'a', \"it's\", 'say \"hi\"', `both ' and \"`, 'a\\nb\\\\' ]");
    }

    @Test
    void arraysAndHoles() {
        assertThat(log("[1, 2, 3], [], [[]], [-0]")).isEqualTo("[ 1, 2, 3 ] [] [ [] ] [ -0 ]");
        assertThat(log("[1, , 3], [, , ,], new Array(5), [undefined, null]"))
            .isEqualTo("[ 1, <1 empty item>, 3 ] [ <3 empty items> ] [ <5 empty items> ] [ undefined, null ]");
        assertThat(log("[1, 2, 3, , , 6]")).isEqualTo("[ 1, 2, 3, <2 empty items>, 6 ]");
        assertThat(JsRunner.out("const a = [1, 2]; a.extra = 'x'; console.log(a)")).isEqualTo("[ 1, 2, extra: 'x' ]");
    }

    @Test
    void objectsAndNesting() {
        assertThat(log("{}, { a: 1, b: 'x' }, { 'key-x': 1, 2: 3, _ok: 4 }")).isEqualTo("{} { a: 1, b: 'x' } { '2': 3, 'key-x': 1, _ok: 4 }");
        assertThat(log("{ a: { b: { c: { d: 1 } } } }")).isEqualTo("{ a: { b: { c: [Object] } } }");
        assertThat(log("[[[[1]]]], { a: [{ b: { c: 1 } }] }")).isEqualTo("[ [ [ [Array] ] ] ] { a: [ { b: [Object] } ] }");
        assertThat(log("{ und: undefined, f() {}, g: () => 1 }")).isEqualTo("{ und: undefined, f: [Function: f], g: [Function: g] }");
        assertThat(log("Object.create(null), Object.assign(Object.create(null), { a: 1 })"))
            .isEqualTo("[Object: null prototype] {} [Object: null prototype] { a: 1 }");
        assertThat(JsRunner.out("const o = {}; Object.defineProperty(o, 'g', { get() { return 1 }, enumerable: true }); console.log(o)"))
            .isEqualTo("{ g: [Getter] }");
    }

    @Test
    void classesFunctionsAndErrors() {
        assertThat(JsRunner.out("class Foo { constructor() { this.x = 1 } } class Bar {} console.log(new Foo(), new Bar())"))
            .isEqualTo("Foo { x: 1 } Bar {}");
        assertThat(JsRunner.out("class A {} class B extends A {} console.log(A, B, function f() {}, () => {}, Math.max)"))
            .isEqualTo("[class A] [class B extends A] [Function: f] [Function (anonymous)] [Function: max]");
        assertThat(JsRunner.out("function f() {} f.extra = 1; console.log(f, [].push.bind([]))"))
            .isEqualTo("[Function: f] { extra: 1 } [Function: bound push]");
        assertThat(log("new Error('boom'), new TypeError('bad'), [new RangeError('r')]"))
            .isEqualTo("Error: boom TypeError: bad [ RangeError: r ]");
        assertThat(JsRunner.out("class ValidationError extends Error {} console.log(new ValidationError('v'))"))
            .isEqualTo("ValidationError: v");
    }

    @Test
    void circularReferences() {
        assertThat(JsRunner.out("const o = { name: 'o' }; o.self = o; console.log(o)")).isEqualTo("<ref *1> { name: 'o', self: [Circular *1] }");
        assertThat(JsRunner.out("const a = [1]; a.push(a); console.log(a)")).isEqualTo("<ref *1> [ 1, [Circular *1] ]");
    }

    @Test
    void typedArraysAndBuffers() {
        assertThat(log("new Int32Array(3), new Int32Array(0), new Float64Array([1.5, -0, NaN])"))
            .isEqualTo("Int32Array(3) [ 0, 0, 0 ] Int32Array(0) [] Float64Array(3) [ 1.5, -0, NaN ]");
        assertThat(log("new Int32Array(8)")).isEqualTo("Int32Array(8) [\n  0, 0, 0, 0,\n  0, 0, 0, 0\n]");
        assertThat(JsRunner.out("const ia = new Int32Array(new SharedArrayBuffer(8)); ia[1] = 42; console.log(ia)"))
            .isEqualTo("Int32Array(2) [ 0, 42 ]");
        assertThat(log("new ArrayBuffer(4)")).isEqualTo("ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }");
        assertThat(JsRunner.out("const b = new SharedArrayBuffer(8); new Uint8Array(b)[0] = 255; console.log(b)"))
            .isEqualTo("SharedArrayBuffer {\n  [Uint8Contents]: <ff 00 00 00 00 00 00 00>,\n  byteLength: 8\n}");
        assertThat(log("new SharedArrayBuffer(1024)"))
            .isEqualTo("SharedArrayBuffer {\n  [Uint8Contents]: <" + "00 ".repeat(99) + "00 ... 924 more bytes>,\n  byteLength: 1024\n}");
    }

    @Test
    void mapsAndSets() {
        assertThat(log("new Map([['a', 1]]), new Set([1, 'x']), new Map(), new Set()"))
            .isEqualTo("Map(1) { 'a' => 1 } Set(2) { 1, 'x' } Map(0) {} Set(0) {}");
        assertThat(log("new Map([[{ a: 1 }, [1, 2]], ['k', new Set([1])]])"))
            .isEqualTo("Map(2) { { a: 1 } => [ 1, 2 ], 'k' => Set(1) { 1 } }");
        assertThat(JsRunner.out("const m = new Map([['a', 1], ['b', 2]]); console.log(m.keys(), m.entries(), new Set([5]).values())"))
            .isEqualTo("[Map Iterator] { 'a', 'b' } [Map Entries] { [ 'a', 1 ], [ 'b', 2 ] } [Set Iterator] { 5 }");
        assertThat(log("[1, 2].values(), new WeakMap()")).isEqualTo("Object [Array Iterator] {} WeakMap { <items unknown> }");
    }

    @Test
    void lineBreaking() {
        assertThat(log("{ aaaaaaaaaa: 'aaaaaaaaaa', bbbbbbbbbb: 'bbbbbbbbbb', cccccccccc: 'cccccccccc', d: 1 }"))
            .isEqualTo("{\n  aaaaaaaaaa: 'aaaaaaaaaa',\n  bbbbbbbbbb: 'bbbbbbbbbb',\n  cccccccccc: 'cccccccccc',\n  d: 1\n}");
        assertThat(log("['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']"))
            .isEqualTo("[\n  'apple',\n  'banana',\n  'cherry',\n  'date',\n  'elderberry',\n  'fig',\n  'grape',\n  'honeydew'\n]");
        assertThat(log("Array.from({ length: 100 }, (_, i) => i)")).startsWith(
            "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n")
            .endsWith("\n  96, 97, 98, 99\n]");
        assertThat(log("Array.from({ length: 101 }, () => 0)")).endsWith("0, 0, 0, 0,\n  ... 1 more item\n]");
        assertThat(log("{ s: 'x'.repeat(80) }")).isEqualTo("{\n  s: '" + "x".repeat(80) + "'\n}");
    }

    @Test
    void printfDirectives() {
        assertThat(log("'%s is %d years, %i, %f, %j %%', 'Bob', 42.5, 42.5, '3.5', { a: [1] }"))
            .isEqualTo("Bob is 42.5 years, 42, 3.5, {\"a\":[1]} %");
        assertThat(log("'%s and %s', [1, [2]], { a: { b: 1 } }")).isEqualTo("[ 1, [Array] ] and { a: [Object] }");
        assertThat(log("'%o', [1, 2]")).isEqualTo("[ 1, 2, [length]: 2 ]");
        assertThat(log("'%O|%c|', { a: 1 }, 'color: red', 'extra'")).isEqualTo("{ a: 1 }|| extra");
        assertThat(log("'%d%%', 50, '100%'")).isEqualTo("50% 100%");
        assertThat(JsRunner.out("const o = {}; o.o = o; console.log('%j', o)")).isEqualTo("[Circular]");
        assertThat(log("'no directives', 5, 'x'")).isEqualTo("no directives 5 x");
    }

    @Test
    void symbolStandInsAndTags() {
        assertThat(log("Math, JSON")).isEqualTo("Object [Math] {} Object [JSON] {}");
        assertThat(log("{ [Symbol.toStringTag]: 'Custom', a: 1 }")).isEqualTo("{ a: 1, [Symbol(Symbol.toStringTag)]: 'Custom' }");
        assertThat(JsRunner.out("const d = new Date(5); console.log(d, [d])")).isEqualTo("1970-01-01T00:00:00.005Z [ 1970-01-01T00:00:00.005Z ]");
    }
}
