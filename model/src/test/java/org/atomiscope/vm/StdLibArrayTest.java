package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Array, the typed-array methods, Map and Set. */
class StdLibArrayTest {
    private static String run(String src) {
        return JsRunner.out(src);
    }

    @Test
    void constructionAndStatics() {
        assertThat(run("console.log(Array(3), Array(1, 2), new Array('3'), Array.of(7), Array.isArray([]), Array.isArray(new Int32Array(1)))"))
            .isEqualTo("[ <3 empty items> ] [ 1, 2 ] [ '3' ] [ 7 ] true false");
        assertThat(run("try { new Array(-1) } catch (e) { console.log(e.name, e.message) }")).isEqualTo("RangeError Invalid array length");
        assertThat(run("console.log(Array.from('héllo'), Array.from({ length: 3 }, (_, i) => i * i), Array.from(new Set([1, 1, 2])), "
            + "Array.from(new Map([['a', 1]])), Array.from({ length: 2, 0: 'x' }))"))
            .isEqualTo("[ 'h', 'é', 'l', 'l', 'o' ] [ 0, 1, 4 ] [ 1, 2 ] [ [ 'a', 1 ] ] [ 'x', undefined ]");
        assertThat(run("class MyArr extends Array {} const m = new MyArr(); m.push(1, 2); console.log(m, m.length, m instanceof Array)"))
            .isEqualTo("MyArr(2) [ 1, 2 ] 2 true");
    }

    @Test
    void mutators() {
        // Arguments are evaluated before console.log prints, so each log shows the array at its end (as in Node).
        assertThat(run("const a = [1, 2, 3, 4, 5]; console.log(a.splice(1, 2), String(a), a.splice(-1), a.splice(1, 0, 'x', 'y'), a)"))
            .isEqualTo("[ 2, 3 ] 1,4,5 [ 5 ] [] [ 1, 'x', 'y', 4 ]");
        assertThat(run("const a = [1, 2]; console.log(a.push(3, 4), a.pop(), a.shift(), a.unshift(-1, 0), a, a.reverse())"))
            .isEqualTo("4 4 1 4 [ 3, 2, 0, -1 ] [ 3, 2, 0, -1 ]");
        assertThat(run("console.log([1, 2, 3].fill(0, 1), [1, 2, 3, 4, 5].copyWithin(0, 3), [].pop(), [].shift())"))
            .isEqualTo("[ 1, 0, 0 ] [ 4, 5, 3, 4, 5 ] undefined undefined");
        assertThat(run("const a = [3, 1, 2]; a.length = 1; a[3] = 9; console.log(a, a.length)")).isEqualTo("[ 3, <2 empty items>, 9 ] 4");
    }

    @Test
    void accessors() {
        assertThat(run("const a = [1, 2, 3, 2]; console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.includes(3), a.at(-1), "
            + "a.slice(1, -1), a.slice(-2), a.join(), a.join(' - '), String(a))"))
            .isEqualTo("1 3 -1 true 2 [ 2, 3 ] [ 3, 2 ] 1,2,3,2 1 - 2 - 3 - 2 1,2,3,2");
        assertThat(run("console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [, 1].includes(undefined), [null, undefined, 1].join('-'))"))
            .isEqualTo("true -1 true --1");
        assertThat(run("console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1].concat([2, [3]], 4), [1, 2].flatMap(x => [x, x * 10]))"))
            .isEqualTo("[ 1, 2, [ 3, [ 4 ] ] ] [ 1, 2, 3, 4 ] [ 1, 2, [ 3 ], 4 ] [ 1, 10, 2, 20 ]");
        assertThat(run("console.log([1, 2, 3].toReversed(), [1, 2, 3].with(1, 9), [1, 2, 3].toSpliced(0, 1), [...[7, 8].entries()], [...[7, 8].keys()])"))
            .isEqualTo("[ 3, 2, 1 ] [ 1, 9, 3 ] [ 2, 3 ] [ [ 0, 7 ], [ 1, 8 ] ] [ 0, 1 ]");
        assertThat(run("const a = [1]; a.push(a); console.log(String(a), [[1, 2], [3]].toString())")).isEqualTo("1, 1,2,3");
    }

    @Test
    void callbackMethods() {
        assertThat(run("const a = [3, 1, 10, 2]; console.log(a.map(x => x * 2), a.filter(x => x > 1), a.reduce((s, x) => s + x, 0), "
            + "a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + x, ''))"))
            .isEqualTo("[ 6, 2, 20, 4 ] [ 3, 10, 2 ] 16 16 21013");
        assertThat(run("const a = [3, 1, 10, 2]; console.log(a.some(x => x > 5), a.every(x => x > 0), a.find(x => x > 2), "
            + "a.findIndex(x => x > 2), a.findLast(x => x > 2), a.findLastIndex(x => x > 20), a.find(x => x > 20))"))
            .isEqualTo("true true 3 0 10 -1 undefined");
        assertThat(run("const seen = []; [1, , 3].forEach((v, i, arr) => seen.push(i + ':' + v)); console.log(seen, [1, , 3].map(x => x * 2))"))
            .isEqualTo("[ '0:1', '2:3' ] [ 2, <1 empty item>, 6 ]");
        assertThat(run("const ctx = { k: 10 }; console.log([1, 2].map(function (x) { return x * this.k }, ctx))")).isEqualTo("[ 10, 20 ]");
        assertThat(run("try { [1].forEach(5) } catch (e) { console.log(e.name, e.message) } try { [].reduce((a, b) => a) } catch (e) { console.log(e.message) }"))
            .isEqualTo("TypeError 5 is not a function\nReduce of empty array with no initial value");
    }

    @Test
    void sorting() {
        assertThat(run("console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', 'a', 'C'].sort(), [undefined, 3, , 1].sort())"))
            .isEqualTo("[ 1, 10, 2, 3 ] [ 1, 2, 3, 10 ] [ 'C', 'a', 'b' ] [ 1, 3, undefined, <1 empty item> ]");
        assertThat(run("const people = [['a', 2], ['b', 1], ['c', 2], ['d', 1]]; console.log(people.sort((x, y) => x[1] - y[1]).map(p => p[0]).join(''))"))
            .isEqualTo("bdac"); // stable
        assertThat(run("const a = [2, 1]; const s = a.toSorted(); console.log(String(a), s, a.sort() === a)")).isEqualTo("2,1 [ 1, 2 ] true");
        assertThat(run("try { [1, 2].sort(1) } catch (e) { console.log(e.message) }"))
            .isEqualTo("The comparison function must be either a function or undefined");
    }

    @Test
    void typedArrayMethods() {
        String setup = "const ia = new Int32Array(new SharedArrayBuffer(16)); ia[0] = 5; ia[1] = -3; ia[2] = 7;";
        assertThat(run(setup + "console.log(ia.join('-'), ia.indexOf(7), ia.lastIndexOf(0), ia.includes(-3), ia.at(-1), ia.at(9))"))
            .isEqualTo("5--3-7-0 2 3 true 0 undefined");
        assertThat(run(setup + "console.log(ia.map(x => x * 2), ia.filter(x => x > 0), ia.reduce((s, x) => s + x, 0), ia.some(x => x < 0), "
            + "ia.every(x => x < 10), ia.find(x => x < 0), ia.findIndex(x => x === 7))"))
            .isEqualTo("Int32Array(4) [ 10, -6, 14, 0 ] Int32Array(2) [ 5, 7 ] 9 true true -3 2");
        assertThat(run(setup + "console.log(String(ia.sort()), `${ia}`, String(ia.reverse()), [...ia.entries()][0], [...ia.keys()], Array.from(ia.values()))"))
            .isEqualTo("-3,0,5,7 -3,0,5,7 7,5,0,-3 [ 0, 7 ] [ 0, 1, 2, 3 ] [ 7, 5, 0, -3 ]");
        assertThat(run("const f = new Float64Array([3, NaN, -0, 0, -1]); console.log(String(f.sort()), Object.is(f[1], -0), f.sort((a, b) => b - a)[0])"))
            .isEqualTo("-1,0,0,3,NaN true 3");
        assertThat(run(setup + "let sum = 0; ia.forEach((v, i) => { sum += v; if (i === 0) ia[3] = 100 }); console.log(sum, ia)"))
            .isEqualTo("109 Int32Array(4) [ 5, -3, 7, 100 ]");
    }

    @Test
    void mapAndSet() {
        assertThat(run("const m = new Map([['a', 1]]); m.set(NaN, 'nan').set(-0, 'zero').set('a', 2);"
            + "console.log(m.size, m.get('a'), m.get(NaN), m.get(0), m.has('b'), m.delete('a'), m.delete('a'), m.size, [...m.keys()])"))
            .isEqualTo("3 2 nan zero false true false 2 [ NaN, 0 ]");
        assertThat(run("const m = new Map([[1, 'x'], [2, 'y']]); for (const [k, v] of m) console.log(k, v); m.forEach((v, k, map) => console.log(v, k, map === m))"))
            .isEqualTo("1 x\n2 y\nx 1 true\ny 2 true");
        assertThat(run("const s = new Set([1, 2, 2, 3]); s.add(3).add(4); s.delete(1); console.log(s.size, [...s], s.has(2), [...s.entries()][0]); s.clear(); console.log(s)"))
            .isEqualTo("3 [ 2, 3, 4 ] true [ 2, 2 ]\nSet(0) {}");
        assertThat(run("const m = new Map([[1, 1], [2, 2], [3, 3]]); const seen = []; for (const [k] of m) { seen.push(k); if (k === 1) { m.delete(2); m.set(4, 4) } } console.log(seen)"))
            .isEqualTo("[ 1, 3, 4 ]");
        assertThat(run("const m = new Map(); for (let i = 0; i < 200; i++) { m.set(i, i); if (i > 2) m.delete(i - 3) } console.log(m.size, [...m.keys()])"))
            .isEqualTo("3 [ 197, 198, 199 ]");
        assertThat(run("const k = {}; const w = new WeakMap([[k, 1]]); console.log(w.get(k), w.has({}), new WeakSet([k]).has(k));"
            + "try { w.set(1, 1) } catch (e) { console.log(e.message) }")).isEqualTo("1 false true\nInvalid value used as weak map key");
        assertThat(run("console.log(Map.groupBy([1, 2, 3], x => x % 2), Object.groupBy([1, 2, 3], x => x % 2 ? 'odd' : 'even'))"))
            .isEqualTo("Map(2) { 1 => [ 1, 3 ], 0 => [ 2 ] } [Object: null prototype] { odd: [ 1, 3 ], even: [ 2 ] }");
        assertThat(run("try { Map.prototype.get.call({}, 1) } catch (e) { console.log(e.message) }"))
            .isEqualTo("Method Map.prototype.get called on incompatible receiver #<Object>");
    }
}
