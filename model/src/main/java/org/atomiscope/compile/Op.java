package org.atomiscope.compile;

/**
 * The instruction set of the scenario VM: a stack machine. Operands follow the opcode in the int
 * code array; "k" operands index the constant pool. Stack effects are written before → after.
 */
public final class Op {
    private Op() {}

    public static final int
        CONST = 0,          // k: → consts[k]
        UNDEF = 1, NULL = 2, TRUE = 3, FALSE = 4,
        POP = 5, DUP = 6,
        DUP2 = 7,           // a b → a b a b
        SWAP = 8,           // a b → b a
        ROT3 = 9,           // a b c → b c a
        GET_VAR = 10,       // hops slot: → v (ReferenceError in the temporal dead zone)
        SET_VAR = 11,       // hops slot: v → v
        INIT_VAR = 12,      // hops slot: v →
        GET_GLOBAL = 13,    // k(name): → v (ReferenceError when missing)
        TYPEOF_GLOBAL = 14, // k(name): → typeof v, no ReferenceError
        SET_GLOBAL = 15,    // k(name): v → v
        PUSH_SCOPE = 16,    // k(ScopeTemplate)
        POP_SCOPE = 17,
        COPY_SCOPE = 18,    // fresh copy of the innermost scope (per-iteration let bindings)
        THIS = 19,
        GET_PROP = 20,      // k: obj → v
        SET_PROP = 21,      // k: obj v → v
        GET_ELEM = 22,      // obj key → v
        SET_ELEM = 23,      // obj key v → v
        DELETE_PROP = 24,   // k: obj → bool
        DELETE_ELEM = 25,   // obj key → bool
        CALL = 26,          // argc: fn this a1..an → r
        CALL_SPREAD = 27,   // fn this argsArray → r
        NEW = 28,           // argc: fn a1..an → obj
        NEW_SPREAD = 29,    // fn argsArray → obj
        SUPER_CALL = 30,    // argc: a1..an → this
        SUPER_CALL_SPREAD = 31,
        SUPER_GET = 32,     // k: → v   (home object's prototype's property, this as receiver)
        RETURN = 33,        // v →
        CLOSURE = 34,       // k(FunctionTemplate): → fn
        CLASS = 35,         // k(name): ctor superclass → ctor   (superclass may be HOLE: none)
        METHOD = 36,        // k(name) kind: target fn → target   kind 0 method, 1 getter, 2 setter
        METHOD_ELEM = 37,   // kind: target key fn → target
        NEW_OBJECT = 38,
        DEFINE = 39,        // k: obj v → obj
        DEFINE_ELEM = 40,   // obj key v → obj
        SPREAD_OBJ = 41,    // obj src → obj
        NEW_ARRAY = 42,     // n: v1..vn → arr
        ARRAY_APPEND = 43,  // arr v → arr
        ARRAY_HOLE = 44,    // arr → arr
        ARRAY_SPREAD = 45,  // arr iterable → arr
        ADD = 46, SUB = 47, MUL = 48, DIV = 49, MOD = 50, EXP = 51,
        EQ = 52, NE = 53, SEQ = 54, SNE = 55, LT = 56, LE = 57, GT = 58, GE = 59,
        SHL = 60, SHR = 61, USHR = 62, BAND = 63, BOR = 64, BXOR = 65, IN = 66, INSTANCEOF = 67,
        NEG = 68, PLUS = 69, NOT = 70, BITNOT = 71, TYPEOF = 72,
        INC = 73, DEC = 74, TO_NUMERIC = 75, TO_STRING = 76,
        JUMP = 77,          // a
        JF = 78,            // a: v → (jump if falsy)
        JT = 79,            // a: v →
        JF_KEEP = 80,       // a: v → v (and jump) | → (fall through)
        JT_KEEP = 81,
        JNN_KEEP = 82,      // a: v → v and jump when v is not null/undefined | → (fall through)
        JNULLISH = 83,      // a: v → undefined and jump when v is null/undefined | v → v
        THROW = 84,         // v →
        TRY = 85,           // a: push a handler at a
        END_TRY = 86,
        ITER = 87,          // iterable → iter
        ITER_NEXT = 88,     // a: iter → iter v | → (pops iter, jumps to a when done)
        ITER_VALUE = 89,    // iter → iter v   (undefined when done)
        ITER_REST = 90,     // iter → arr
        FOR_IN = 91,        // obj → iter over enumerable string keys
        ARG = 92,           // i: → args[i]
        ARGS_REST = 93,     // i: → array of args[i..]
        ARGUMENTS = 94,     // → array of all args
        OBJ_REST = 95,      // k(String[]): obj → copy without those keys
        THROW_ERROR = 96,   // k(type) k(message): throws a new error
        POST_SET_PROP = 97, // k: obj old new → old
        POST_SET_ELEM = 98, // obj key old new → old
        SUPER_GET_ELEM = 99,// key → v
        NOP = 100,
        GET_REG = 101,      // r: → v (ReferenceError in the temporal dead zone)
        SET_REG = 102,      // r: v → v
        INIT_REG = 103;     // r: v →

    /** Number of operand ints following each opcode. */
    public static int operands(int op) {
        switch (op) {
            case GET_VAR: case SET_VAR: case INIT_VAR: case METHOD: case THROW_ERROR:
                return 2;
            case CONST: case GET_GLOBAL: case TYPEOF_GLOBAL: case SET_GLOBAL: case PUSH_SCOPE:
            case GET_PROP: case SET_PROP: case DELETE_PROP: case CALL: case NEW: case SUPER_CALL:
            case SUPER_GET: case CLOSURE: case CLASS: case METHOD_ELEM: case DEFINE: case NEW_ARRAY:
            case JUMP: case JF: case JT: case JF_KEEP: case JT_KEEP: case JNN_KEEP: case JNULLISH:
            case TRY: case ITER_NEXT: case ARG: case ARGS_REST: case OBJ_REST: case POST_SET_PROP:
            case GET_REG: case SET_REG: case INIT_REG:
                return 1;
            default:
                return 0;
        }
    }
}
