package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Object, Reflect, Symbol stand-ins and JSON, checked against what Node prints. */
class StdLibObjectJsonTest {
    private static String run(String src) {
        return JsRunner.out(src);
    }

    @Test
    void keysValuesEntriesAssign() {
        assertThat(run("console.log(Object.keys({ x: 1, y: 2, 1: 0 }), Object.values({ a: 1 }), Object.entries({ a: 1, b: [2] }))"))
            .isEqualTo("[ '1', 'x', 'y' ] [ 1 ] [ [ 'a', 1 ], [ 'b', [ 2 ] ] ]");
        assertThat(run("console.log(Object.keys('ab'), Object.keys([4, 5]), Object.getOwnPropertyNames([4]))"))
            .isEqualTo("[ '0', '1' ] [ '0', '1' ] [ '0', 'length' ]");
        assertThat(run("console.log(Object.assign({ a: 1 }, { b: 2 }, null, { a: 3 }), Object.fromEntries([['x', 1]]), "
            + "Object.fromEntries(new Map([['m', 1]])))")).isEqualTo("{ a: 3, b: 2 } { x: 1 } { m: 1 }");
        assertThat(run("console.log(Object.keys(new Map([[1, 2]])), Object.is(NaN, NaN), Object.is(0, -0))"))
            .isEqualTo("[] true false");
    }

    @Test
    void freezeAndSeal() {
        assertThat(run("const f = Object.freeze({ x: 1 }); f.x = 2; f.y = 3; delete f.x;"
            + "console.log(f, Object.isFrozen(f), Object.isFrozen({}), Object.isExtensible(f), Object.isSealed(f))"))
            .isEqualTo("{ x: 1 } true false false true");
        assertThat(run("const a = Object.freeze([1, 2]); try { a.push(3) } catch (e) { console.log(e.name, e.message) }"
            + "console.log(Object.isFrozen(a), a)")).isEqualTo("TypeError Cannot add property 2, object is not extensible\ntrue [ 1, 2 ]");
        assertThat(run("const s = Object.seal({ x: 1 }); s.x = 5; s.y = 1; console.log(s, Object.isSealed(s), Object.isFrozen(s))"))
            .isEqualTo("{ x: 5 } true false");
    }

    @Test
    void definePropertyAndDescriptors() {
        assertThat(run("const o = {}; Object.defineProperty(o, 'h', { value: 42 }); o.h = 1;"
            + "console.log(o, o.h, Object.keys(o), Object.getOwnPropertyNames(o), Object.getOwnPropertyDescriptor(o, 'h'))"))
            .isEqualTo("{} 42 [] [ 'h' ] { value: 42, writable: false, enumerable: false, configurable: false }");
        assertThat(run("const o = {}; let v = 1; Object.defineProperty(o, 'p', { get() { return v * 10 }, set(x) { v = x }, "
            + "enumerable: true, configurable: true }); o.p = 4; console.log(o.p, o)")).isEqualTo("40 { p: [Getter/Setter] }");
        assertThat(run("const o = {}; Object.defineProperty(o, 'c', { value: 1 });"
            + "try { Object.defineProperty(o, 'c', { value: 2 }) } catch (e) { console.log(e.message) }"))
            .isEqualTo("Cannot redefine property: c");
        assertThat(run("const o = Object.create({ hi() { return 'hi' } }, { own: { value: 1, enumerable: true } });"
            + "console.log(o.hi(), o, o.hasOwnProperty('own'), o.hasOwnProperty('hi'), Object.hasOwn(o, 'own'), "
            + "Object.getPrototypeOf(o).isPrototypeOf(o), o.propertyIsEnumerable('own'))"))
            .isEqualTo("hi { own: 1 } true false true true true");
    }

    @Test
    void prototypesAndToString() {
        assertThat(run("const p = { greet() { return 'p' } }; const o = {}; Object.setPrototypeOf(o, p);"
            + "console.log(o.greet(), Object.getPrototypeOf(o) === p, o.__proto__ === p, Object.getPrototypeOf(Object.prototype))"))
            .isEqualTo("p true true null");
        assertThat(run("const a = {}; const b = Object.create(a); try { Object.setPrototypeOf(a, b) } catch (e) { console.log(e.message) }"))
            .isEqualTo("Cyclic __proto__ value");
        assertThat(run("const t = Object.prototype.toString; console.log(t.call([]), t.call(null), t.call(undefined), t.call(1), "
            + "t.call(new Int32Array(1)), t.call(new Map()), t.call(() => 1), t.call(new Error('x')), String({}))"))
            .isEqualTo("[object Array] [object Null] [object Undefined] [object Number] [object Int32Array] [object Map] "
                + "[object Function] [object Error] [object Object]");
    }

    @Test
    void reflectAndSymbols() {
        assertThat(run("console.log(Reflect.ownKeys({ a: 1, b: 2 }), Reflect.has({ a: 1 }, 'a'), Reflect.get([5], 0), typeof Symbol.iterator)"))
            .isEqualTo("[ 'a', 'b' ] true 5 string");
        assertThat(run("class Q { constructor() { this.items = [1, 2] } [Symbol.iterator]() { return this.items[Symbol.iterator]() } }"
            + "console.log([...new Q()], Array.from(new Q()))")).isEqualTo("[ 1, 2 ] [ 1, 2 ]");
        assertThat(run("try { Symbol('x') } catch (e) { console.log(e.message) }")).startsWith("not supported in scenarios: creating symbols");
    }

    @Test
    void jsonStringify() {
        assertThat(run("console.log(JSON.stringify({ a: [1, 'x', null, undefined, () => 1], b: undefined, c: NaN }))"))
            .isEqualTo("{\"a\":[1,\"x\",null,null,null],\"c\":null}");
        assertThat(run("console.log(JSON.stringify('a\"b\\\\c\\n\\u0001\\t'), JSON.stringify(-0), JSON.stringify(undefined), JSON.stringify(null))"))
            .isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\t\" 0 undefined null");
        assertThat(run("console.log(JSON.stringify({ a: 1, b: [1, { c: 2 }], e: {}, f: [] }, null, 2))"))
            .isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    {\n      \"c\": 2\n    }\n  ],\n  \"e\": {},\n  \"f\": []\n}");
        assertThat(run("console.log(JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: 1 }, null, 20).length)"))
            .isEqualTo("[\n--1,\n--[\n----2\n--]\n] 20");
        assertThat(run("console.log(JSON.stringify({ toJSON() { return { t: 1 } } }), JSON.stringify({ d: new Date(0) }), "
            + "JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ['a', 'c']), JSON.stringify({ a: 1, b: 'x' }, (k, v) => typeof v === 'number' ? v * 10 : v))"))
            .isEqualTo("{\"t\":1} {\"d\":\"1970-01-01T00:00:00.000Z\"} {\"a\":1,\"c\":{\"a\":3}} {\"a\":10,\"b\":\"x\"}");
        assertThat(run("console.log(JSON.stringify(new Int32Array([1, 2])), JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set()]))"))
            .isEqualTo("{\"0\":1,\"1\":2} {} [{}]");
    }

    @Test
    void jsonCircular() {
        assertThat(run("const o = {}; o.o = o; try { JSON.stringify(o) } catch (e) { console.log(e.name + ': ' + e.message) }"))
            .isEqualTo("TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
                + "    --- property 'o' closes the circle");
        assertThat(run("class Node { constructor() { this.next = [this] } } try { JSON.stringify({ n: new Node() }) } catch (e) { console.log(e.message) }"))
            .isEqualTo("Converting circular structure to JSON\n    --> starting at object with constructor 'Node'\n"
                + "    |     property 'next' -> object with constructor 'Array'\n    --- index 0 closes the circle");
    }

    @Test
    void jsonParse() {
        assertThat(run("console.log(JSON.parse('{\"a\":[1,2,{\"b\":null}],\"c\":\"x\\\\u0041\\\\n\",\"d\":-1.5e3,\"e\":true}'))"))
            .isEqualTo("{ a: [ 1, 2, { b: null } ], c: 'xA\\n', d: -1500, e: true }");
        assertThat(run("console.log(JSON.parse(' [1, \"two\", false] '), JSON.parse('3'), JSON.parse('\"s\"'), JSON.parse('null'))"))
            .isEqualTo("[ 1, 'two', false ] 3 s null");
        assertThat(run("console.log(JSON.parse('[1, 2, {\"x\": 3}]', (k, v) => typeof v === 'number' ? v + 1 : v))"))
            .isEqualTo("[ 2, 3, { x: 4 } ]");
    }

    @Test
    void jsonParseErrors() {
        String src = "for (const t of ['{\"a\":}', '', '{\"a\" 1}', '[1,]', '{a:1}', '[1 2]', '\"abc', '01', '-', 'tru', '{\"a\":1}x']) {"
            + " try { JSON.parse(t) } catch (e) { console.log(e.name + ': ' + e.message) } }";
        assertThat(run(src)).isEqualTo(String.join("\n",
            "SyntaxError: Unexpected token '}', \"{\"a\":}\" is not valid JSON",
            "SyntaxError: Unexpected end of JSON input",
            "SyntaxError: Expected ':' after property name in JSON at position 5",
            "SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON",
            "SyntaxError: Expected property name or '}' in JSON at position 1",
            "SyntaxError: Expected ',' or ']' after array element in JSON at position 3",
            "SyntaxError: Unterminated string in JSON at position 4",
            "SyntaxError: Unexpected non-whitespace character after JSON at position 1",
            "SyntaxError: Unexpected end of JSON input",
            "SyntaxError: Unexpected end of JSON input",
            "SyntaxError: Unexpected non-whitespace character after JSON at position 7"));
    }
}
