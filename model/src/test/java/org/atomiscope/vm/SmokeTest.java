package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void basics() {
        assertThat(JsRunner.out("console.log('hi', 1 + 2)")).isEqualTo("hi 3");
        assertThat(JsRunner.out("let s = 0; for (let i = 0; i < 10; i++) s += i; console.log(s)")).isEqualTo("45");
        assertThat(JsRunner.out("function f(a, b = 2) { return a * b } console.log(f(3), f(3, 4))")).isEqualTo("6 12");
        assertThat(JsRunner.out("const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); console.log(fs[0](), fs[2]())"))
            .isEqualTo("0 2");
        assertThat(JsRunner.out("const ia = new Int32Array(new SharedArrayBuffer(16)); ia[1] = 5; ia[1]++; "
            + "console.log(ia[1], Atomics.add(ia, 1, 10), Atomics.load(ia, 1))")).isEqualTo("6 6 16");
        assertThat(JsRunner.out("try { null.x } catch (e) { console.log(e.message) } finally { console.log('f') }"))
            .isEqualTo("Cannot read properties of null (reading 'x')\nf");
        assertThat(JsRunner.out("class A { constructor(x) { this.x = x } get d() { return this.x * 2 } }\n"
            + "class B extends A { constructor() { super(21) } }\nconsole.log(new B().d)")).isEqualTo("42");
        assertThat(JsRunner.out("const {data: buffer} = {data: 7}; const [a, , b = 3] = [1, 2]; console.log(buffer, a, b)"))
            .isEqualTo("7 1 3");
        assertThat(JsRunner.out("throw new TypeError('boom')")).isEqualTo("uncaught: TypeError: boom @ 1:1");
        assertThat(JsRunner.out("let n = 0; outer: for (const x of [1,2,3]) { for (;;) { n += x; continue outer; } } console.log(n)"))
            .isEqualTo("6");
        assertThat(JsRunner.out("function g() { try { return 1 } finally { console.log('fin') } } console.log(g())"))
            .isEqualTo("fin\n1");
        assertThat(JsRunner.out("switch (3) { case 1: console.log('one'); case 3: console.log('three'); case 4: console.log('four'); break; default: console.log('d') }"))
            .isEqualTo("three\nfour");
        assertThat(JsRunner.out("console.log(`a${1+1}b`, typeof undefinedThing, 7 / 2 | 0, -7 >>> 28)")).isEqualTo("a2b undefined 3 15");
    }
}
