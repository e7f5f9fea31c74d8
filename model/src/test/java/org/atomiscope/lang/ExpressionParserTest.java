package org.atomiscope.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atomiscope.lang.Ast.ArrayLit;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.FunctionExpr;
import org.atomiscope.lang.Ast.ObjectLit;
import org.atomiscope.lang.Ast.PropKind;
import org.atomiscope.lang.Ast.TemplateLit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static Expr expr(String source) {
        return Parser.parseExpression("t.js", source);
    }

    private static String sexp(String source) {
        return Sexp.of(expr(source));
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            a + b * c                § (+ a (* b c))
            a * b + c                § (+ (* a b) c)
            a - b - c                § (- (- a b) c)
            a / b % c                § (% (/ a b) c)
            a ** b ** c              § (** a (** b c))
            a * b ** c               § (* a (** b c))
            (-a) ** 2                § (** (- a) 2)
            2 ** -a                  § (** 2 (- a))
            a << b + c               § (<< a (+ b c))
            a >>> b >> c             § (>> (>>> a b) c)
            a < b == c > d           § (== (< a b) (> c d))
            a in b instanceof c      § (instanceof (in a b) c)
            a === b !== c            § (!== (=== a b) c)
            a & b | c ^ d            § (| (& a b) (^ c d))
            a | b & c                § (| a (& b c))
            a || b && c              § (|| a (&& b c))
            a && b || c && d         § (|| (&& a b) (&& c d))
            a ?? b ?? c              § (?? (?? a b) c)
            (a || b) ?? c            § (?? (|| a b) c)
            a ?? (b && c)            § (?? a (&& b c))
            a ? b : c ? d : e        § (? a b (? c d e))
            a ? b ? c : d : e        § (? a (? b c d) e)
            a || b ? c : d           § (? (|| a b) c d)
            a = b ? c : d            § (= a (? b c d))
            a = b = c                § (= a (= b c))
            a += b -= c              § (+= a (-= b c))
            a **= 2                  § (**= a 2)
            a >>>= 1                 § (>>>= a 1)
            a &&= b                  § (&&= a b)
            a ||= b                  § (||= a b)
            a ??= b                  § (??= a b)
            a, b = c, d              § (, a (= b c) d)
            !a && !b                 § (&& (! a) (! b))
            -a * -b                  § (* (- a) (- b))
            typeof a === 'number'    § (=== (typeof a) "number")
            void 0                   § (void 0)
            delete a.b               § (delete (. a b))
            ~~a                      § (~ (~ a))
            - -a                     § (- (- a))
            +a + +b                  § (+ (+ a) (+ b))
            ++a * b--                § (* (++pre a) (post-- b))
            a++ + ++b                § (+ (post++ a) (++pre b))
            a.b.c                    § (. (. a b) c)
            a[b][c]                  § ([] ([] a b) c)
            a.b(c)(d)                § (call (call (. a b) c) d)
            a?.b                     § (?. a b)
            a?.b.c                   § (. (?. a b) c)
            a?.[0]                   § (?.[] a 0)
            a?.(1, 2)                § (?.call a 1 2)
            a.b?.c()                 § (call (?. (. a b) c))
            new C                    § (new C)
            new C()                  § (new C)
            new C(x, y)              § (new C x y)
            new a.b.C(x)             § (new (. (. a b) C) x)
            new C().m()              § (call (. (new C) m))
            new new C()()            § (new (new C))
            new (f())()              § (new (call f))
            new (a?.b)()             § (new (?. a b))
            (a?.b)                   § (?. a b)
            f(a?.b).c                § (. (call f (?. a b)) c)
            f(...a, b, ...c)         § (call f ...a b ...c)
            this.x                   § (. this x)
            a.if.class               § (. (. a if) class)
            Int32Array.BYTES_PER_ELEMENT * 100000 § (* (. Int32Array BYTES_PER_ELEMENT) 100000)
            """)
    void precedenceAndAssociativity(String source, String tree) {
        assertThat(sexp(source)).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            x => x                      § (=> (x) x)
            x => y => x + y             § (=> (x) (=> (y) (+ x y)))
            () => {}                    § (=> () {})
            (a, b) => {}                § (=> (a b) {})
            (a, b,) => a                § (=> (a b) a)
            (a = 1, ...r) => r          § (=> ((default a 1) ...r) r)
            (...[a, b]) => a            § (=> (...[a b]p) a)
            ({data: buffer}) => buffer  § (=> ({data: buffer}p) buffer)
            ({a, b: [c, d = 2]}) => 0   § (=> ({a: a, b: [c (default d 2)]p}p) 0)
            ({a = 1, ...rest}) => a     § (=> ({a: (default a 1), ...rest}p) a)
            ([a, , b] = []) => a        § (=> ((default [a _ b]p [])) a)
            f(x => x * 2)               § (call f (=> (x) (* x 2)))
            a ? () => 1 : () => 2       § (? a (=> () 1) (=> () 2))
            (() => 1)()                 § (call (=> () 1))
            x => ({})                   § (=> (x) {})
            """)
    void arrowFunctions(String source, String tree) {
        assertThat(sexp(source)).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            [a, b] = [b, a]              § (= [a b]p [b a])
            [a, , b, ...c] = d           § (= [a _ b ...c]p d)
            [a.b, c[0]] = d              § (= [(. a b) ([] c 0)]p d)
            [a = 1, [b] = []] = d        § (= [(default a 1) (default [b]p [])]p d)
            ({a, b: c, d = 1} = o)       § (= {a: a, b: c, d: (default d 1)}p o)
            ({a: {b}, ...r} = o)         § (= {a: {b: b}p, ...r}p o)
            ({[k]: v, 'x y': w, 3: z} = o) § (= {[k]: v, x y: w, 3: z}p o)
            (a) = 1                      § (= a 1)
            (a.b) = 1                    § (= (. a b) 1)
            [(a)] = 1                    § (= [a]p 1)
            """)
    void destructuringAssignment(String source, String tree) {
        assertThat(sexp(source)).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '¤', textBlock = """
            1 = 2             § 1 § 1
            a + b = 3         § 1 § 1
            f() = 1           § 1 § 1
            a?.b = 1          § 1 § 1
            ({a}) = 1         § 1 § 2
            [a + 1] = x       § 1 § 2
            ({get a() {}} = o) § 1 § 3
            [...a, b] = c     § 1 § 2
            [...a,] = c       § 1 § 2
            ({...a,} = c)     § 1 § 3
            ({...{a}} = c)    § 1 § 6
            [a] += b          § 1 § 1
            """)
    void invalidAssignmentTargets(String source, int line, int column) {
        assertThatThrownBy(() -> expr(source))
                .isInstanceOfSatisfying(ScenarioSyntaxError.class, e -> {
                    assertThat(e.pos()).isEqualTo(new Pos("t.js", line, column));
                    assertThat(e.sentence()).containsAnyOf("Invalid assignment target.", "rest element");
                });
    }

    @Test
    void commaAndCompoundAssignmentOnlyTouchTheNearestTarget() {
        assertThat(sexp("a, b = c")).isEqualTo("(, a (= b c))");
        assertThat(sexp("a += [b]")).isEqualTo("(+= a [b])");
    }

    @Test
    void updateTargetsMustBeSimple() {
        assertThat(sexp("a.b++")).isEqualTo("(post++ (. a b))");
        assertThat(sexp("--a[0]")).isEqualTo("(--pre ([] a 0))");
        assertThat(sexp("(a)++")).isEqualTo("(post++ a)");
        assertThatThrownBy(() -> expr("1++")).hasMessage(
                "t.js:1:1: Invalid target for '++': it must be a variable, a property or an array element.");
        assertThatThrownBy(() -> expr("++f()")).hasMessage(
                "t.js:1:3: Invalid target for '++': it must be a variable, a property or an array element.");
        assertThatThrownBy(() -> expr("[a]--")).hasMessageContaining("Invalid target for '--'");
    }

    @Test
    void objectLiterals() {
        assertThat(sexp("({})")).isEqualTo("{}");
        assertThat(sexp("({a, b: 1, 'c d': 2, 3: 4, 0x10: 5, 1.5: 6, [k]: 7, ...o,})"))
                .isEqualTo("{a: a, b: 1, c d: 2, 3: 4, 16: 5, 1.5: 6, [k]: 7, ...o}");
        assertThat(sexp("({if: 1, class: 2, new: 3})")).isEqualTo("{if: 1, class: 2, new: 3}");
        assertThat(sexp("({get: 1, set: 2, static: 3, of: 4})")).isEqualTo("{get: 1, set: 2, static: 3, of: 4}");
        assertThat(sexp("({get, set})")).isEqualTo("{get: get, set: set}");
        assertThat(sexp("({m(a) { return a }, get x() { return 1 }, set x(v) {}, [k]() {}, get() {}})"))
                .isEqualTo("{m: (method m (a) {(return a)}), get x (method x () {(return 1)}), "
                        + "set x (method x (v) {}), [k]: (method () {}), get: (method get () {})}");
        ObjectLit o = (ObjectLit) expr("({get x() {}, y})");
        assertThat(o.properties()).extracting(Ast.Property::kind).containsExactly(PropKind.GETTER, PropKind.INIT);
        assertThat(((FunctionExpr) o.properties().get(0).value()).function().method()).isTrue();
    }

    @Test
    void numericKeysUseJavaScriptNumberToString() {
        assertThat(sexp("({1e21: 0, 1e-7: 0, 0.000001: 0, 100: 0, 1_000: 0, 0b11: 0, .5: 0})"))
                .isEqualTo("{1e+21: 0, 1e-7: 0, 0.000001: 0, 100: 0, 1000: 0, 3: 0, 0.5: 0}");
    }

    @Test
    void arrayLiteralsWithHolesAndSpread() {
        ArrayLit a = (ArrayLit) expr("[, 1, , ...x, ]");
        assertThat(a.elements()).hasSize(4);
        assertThat(a.elements().get(0)).isNull();
        assertThat(a.elements().get(2)).isNull();
        assertThat(Sexp.of(a)).isEqualTo("[_ 1 _ ...x]");
        assertThat(sexp("[1,,]")).isEqualTo("[1 _]");
        assertThat(sexp("[]")).isEqualTo("[]");
    }

    @Test
    void templateLiterals() {
        assertThat(sexp("`plain`")).isEqualTo("(` \"plain\")");
        assertThat(sexp("`a${b}c${d}`")).isEqualTo("(` \"a\" b \"c\" d \"\")");
        assertThat(sexp("`${a}`")).isEqualTo("(` \"\" a \"\")");
        assertThat(sexp("`x${ `y${ {a: 1}.a }z` }w`")).isEqualTo("(` \"x\" (` \"y\" (. {a: 1} a) \"z\") \"w\")");
        TemplateLit t = (TemplateLit) expr("`tab\\t\\u0041\\x42\\u{1F600}\\\nnext\r\nline`");
        assertThat(t.quasis()).containsExactly("tab\tAB\uD83D\uDE00next\nline");
        assertThat(t.exprs()).isEmpty();
    }

    @Test
    void functionAndClassExpressions() {
        assertThat(sexp("function () {}")).isEqualTo("(function () {})");
        assertThat(sexp("function fact(n) { return n < 2 ? 1 : n * fact(n - 1) }"))
                .isEqualTo("(function fact (n) {(return (? (< n 2) 1 (* n (call fact (- n 1)))))})");
        assertThat(sexp("function (a, [b], {c} = {}, ...d) {}"))
                .isEqualTo("(function (a [b]p (default {c: c}p {}) ...d) {})");
        assertThat(sexp("class {}")).isEqualTo("(class)");
        assertThat(sexp("class A extends B.C {}")).isEqualTo("(class A extends (. B C))");
    }

    @Test
    void superInClasses() {
        Ast.Program p = Parser.parse("t.js", """
                class A extends B {
                  constructor(x) { super(x); this.y = () => super.m(); }
                  m() { return super.m() + super['n']; }
                }""");
        assertThat(Sexp.of(p)).isEqualTo("(class A extends B (constructor (method A (x) {(call super x); "
                + "(= (. this y) (=> () (call (. super m))));})) (method m (method m () "
                + "{(return (+ (call (. super m)) ([] super \"n\")))})))");
    }

    @Test
    void positionsAreFirstTokens() {
        Ast.Binary mul = (Ast.Binary) expr("(a + b) * c");
        assertThat(mul.pos()).isEqualTo(new Pos("t.js", 1, 1));
        assertThat(mul.left().pos()).isEqualTo(new Pos("t.js", 1, 2));
        assertThat(mul.right().pos()).isEqualTo(new Pos("t.js", 1, 11));
        Ast.Call call = (Ast.Call) expr("  foo.bar(\n\t1)");
        assertThat(call.pos()).isEqualTo(new Pos("t.js", 1, 3));
        assertThat(call.args().get(0).pos()).isEqualTo(new Pos("t.js", 2, 2));
        Ast.Update post = (Ast.Update) expr("x.y++");
        assertThat(post.pos().column()).isEqualTo(1);
        Ast.Conditional c = (Ast.Conditional) expr("a ? b : c");
        assertThat(c.otherwise().pos().column()).isEqualTo(9);
        // Columns count UTF-16 units: the emoji takes two.
        Ast.Binary emoji = (Ast.Binary) expr("'😀' + x");
        assertThat(emoji.right().pos().column()).isEqualTo(8);
    }

    @Test
    void inOperatorInsideParenthesesIsAlwaysAllowed() {
        assertThat(sexp("'a' in o")).isEqualTo("(in \"a\" o)");
    }
}
