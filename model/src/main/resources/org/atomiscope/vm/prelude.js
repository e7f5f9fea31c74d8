// Built-ins written in JavaScript. The realm builder runs this once; everything it defines on
// built-in objects is made non-enumerable afterwards.
//
// Why JavaScript: a built-in written in Java that calls a user function makes a nested call, and
// a nested call may not perform shared-memory events. Every method that takes a callback
// (forEach, map, sort with a comparator, Map.prototype.forEach, ...) is therefore here, so that
// its callback runs as ordinary code. The typed-array methods are here too, so that each element
// they read or write of a SharedArrayBuffer is a visible event, as if the loop were in the scenario.
//
// Keys that start with "@@" stand for symbols ("@@iterator" is Symbol.iterator) or hold hidden
// internal state; Object.keys, JSON and console.log leave them out.
(function () {
  const H = globalThis.__stdlib;
  delete globalThis.__stdlib;
  const describe = H.describe;

  function callable(fn) {
    if (typeof fn !== 'function') {
      throw new TypeError(describe(fn) + ' is not a function');
    }
  }

  function objectOf(self, method) {
    if (self === undefined || self === null) {
      throw new TypeError(method + ' called on null or undefined');
    }
    return self;
  }

  function lengthOf(o) {
    const n = H.toInteger(o.length);
    return n > 0 ? n : 0;
  }

  function relative(index, len) {
    const i = H.toInteger(index);
    return i < 0 ? (len + i < 0 ? 0 : len + i) : (i > len ? len : i);
  }

  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }

  // ---------------------------------------------------------------- sorting

  // A stable bottom-up merge sort: an element moves before an earlier one only when the
  // comparator says it is strictly smaller, so equal elements keep their order (ES2019).
  function mergeSort(items, cmp) {
    const n = items.length;
    let src = items;
    let dst = new Array(n);
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo;
        let j = mid;
        let k = lo;
        while (i < mid && j < hi) {
          if (cmp(src[i], src[j]) > 0) {
            dst[k++] = src[j++];
          } else {
            dst[k++] = src[i++];
          }
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      const t = src;
      src = dst;
      dst = t;
    }
    return src;
  }

  function comparator(comparefn, fallback) {
    if (comparefn === undefined) {
      return fallback;
    }
    if (typeof comparefn !== 'function') {
      throw new TypeError('The comparison function must be either a function or undefined');
    }
    return (x, y) => {
      const r = +comparefn(x, y);
      return r !== r ? 0 : r;
    };
  }

  // Array.prototype.sort's default order: by String(x), code unit by code unit.
  function stringOrder(x, y) {
    const a = String(x);
    const b = String(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // %TypedArray%.prototype.sort's default order: numeric, -0 before +0, NaN last.
  function numericOrder(x, y) {
    if (x !== x) {
      return y !== y ? 0 : 1;
    }
    if (y !== y) {
      return -1;
    }
    if (x < y) {
      return -1;
    }
    if (x > y) {
      return 1;
    }
    if (x === 0 && y === 0) {
      return 1 / x < 1 / y ? -1 : 1 / x > 1 / y ? 1 : 0;
    }
    return 0;
  }

  // ---------------------------------------------------------------- iterators

  // Array and typed-array iterators. They read the target when next() is called, as the spec's do.
  class ArrayIterator {
    constructor(target, kind) {
      H.hide(this, '@@target', target);
      H.hide(this, '@@index', 0);
      H.hide(this, '@@kind', kind);
    }

    next() {
      const t = this['@@target'];
      if (t === undefined) {
        return { value: undefined, done: true };
      }
      const i = this['@@index'];
      if (i >= t.length) {
        this['@@target'] = undefined;
        return { value: undefined, done: true };
      }
      this['@@index'] = i + 1;
      const kind = this['@@kind'];
      return { value: kind === 'keys' ? i : kind === 'values' ? t[i] : [i, t[i]], done: false };
    }

    ['@@iterator']() {
      return this;
    }
  }
  delete ArrayIterator.prototype.constructor;
  ArrayIterator.prototype['@@toStringTag'] = 'Array Iterator';

  // ---------------------------------------------------------------- Array

  const AP = Array.prototype;

  AP.forEach = function forEach(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.forEach');
    const len = lengthOf(o);
    callable(callbackfn);
    for (let i = 0; i < len; i++) {
      if (i in o) {
        callbackfn.call(thisArg, o[i], i, o);
      }
    }
  };

  AP.map = function map(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.map');
    const len = lengthOf(o);
    callable(callbackfn);
    const a = new Array(len);
    for (let i = 0; i < len; i++) {
      if (i in o) {
        a[i] = callbackfn.call(thisArg, o[i], i, o);
      }
    }
    return a;
  };

  AP.filter = function filter(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.filter');
    const len = lengthOf(o);
    callable(callbackfn);
    const a = [];
    for (let i = 0; i < len; i++) {
      if (i in o) {
        const v = o[i];
        if (callbackfn.call(thisArg, v, i, o)) {
          a.push(v);
        }
      }
    }
    return a;
  };

  AP.some = function some(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.some');
    const len = lengthOf(o);
    callable(callbackfn);
    for (let i = 0; i < len; i++) {
      if (i in o && callbackfn.call(thisArg, o[i], i, o)) {
        return true;
      }
    }
    return false;
  };

  AP.every = function every(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.every');
    const len = lengthOf(o);
    callable(callbackfn);
    for (let i = 0; i < len; i++) {
      if (i in o && !callbackfn.call(thisArg, o[i], i, o)) {
        return false;
      }
    }
    return true;
  };

  function findFrom(o, predicate, thisArg, fromEnd, wantIndex) {
    const len = lengthOf(o);
    callable(predicate);
    for (let n = 0; n < len; n++) {
      const i = fromEnd ? len - 1 - n : n;
      const v = o[i];
      if (predicate.call(thisArg, v, i, o)) {
        return wantIndex ? i : v;
      }
    }
    return wantIndex ? -1 : undefined;
  }

  AP.find = function find(predicate, thisArg) {
    return findFrom(objectOf(this, 'Array.prototype.find'), predicate, thisArg, false, false);
  };

  AP.findIndex = function findIndex(predicate, thisArg) {
    return findFrom(objectOf(this, 'Array.prototype.findIndex'), predicate, thisArg, false, true);
  };

  AP.findLast = function findLast(predicate, thisArg) {
    return findFrom(objectOf(this, 'Array.prototype.findLast'), predicate, thisArg, true, false);
  };

  AP.findLastIndex = function findLastIndex(predicate, thisArg) {
    return findFrom(objectOf(this, 'Array.prototype.findLastIndex'), predicate, thisArg, true, true);
  };

  function reduceFrom(o, callbackfn, hasInitial, initial, fromEnd) {
    const len = lengthOf(o);
    callable(callbackfn);
    let n = 0;
    let acc = initial;
    const at = (k) => (fromEnd ? len - 1 - k : k);
    if (!hasInitial) {
      while (n < len && !(at(n) in o)) {
        n++;
      }
      if (n >= len) {
        throw new TypeError('Reduce of empty array with no initial value');
      }
      acc = o[at(n)];
      n++;
    }
    for (; n < len; n++) {
      const i = at(n);
      if (i in o) {
        acc = callbackfn(acc, o[i], i, o);
      }
    }
    return acc;
  }

  AP.reduce = function reduce(callbackfn, ...initial) {
    return reduceFrom(objectOf(this, 'Array.prototype.reduce'), callbackfn, initial.length > 0, initial[0], false);
  };

  AP.reduceRight = function reduceRight(callbackfn, ...initial) {
    return reduceFrom(objectOf(this, 'Array.prototype.reduceRight'), callbackfn, initial.length > 0, initial[0], true);
  };

  AP.flatMap = function flatMap(callbackfn, thisArg) {
    const o = objectOf(this, 'Array.prototype.flatMap');
    const len = lengthOf(o);
    callable(callbackfn);
    const a = [];
    for (let i = 0; i < len; i++) {
      if (i in o) {
        const v = callbackfn.call(thisArg, o[i], i, o);
        if (Array.isArray(v)) {
          for (let j = 0; j < v.length; j++) {
            if (j in v) {
              a.push(v[j]);
            }
          }
        } else {
          a.push(v);
        }
      }
    }
    return a;
  };

  // Sorts the present elements; undefined values go after them and holes last, as the spec says.
  AP.sort = function sort(comparefn) {
    const cmp = comparator(comparefn, stringOrder);
    const o = objectOf(this, 'Array.prototype.sort');
    const len = lengthOf(o);
    if (len > 0 && Object.isFrozen(o)) {
      throw new TypeError("Cannot assign to read only property '0' of object '[object Array]'");
    }
    const items = [];
    let undefineds = 0;
    for (let i = 0; i < len; i++) {
      if (i in o) {
        const v = o[i];
        if (v === undefined) {
          undefineds++;
        } else {
          items.push(v);
        }
      }
    }
    const sorted = mergeSort(items, cmp);
    let i = 0;
    for (; i < sorted.length; i++) {
      o[i] = sorted[i];
    }
    for (let u = 0; u < undefineds; u++) {
      o[i++] = undefined;
    }
    for (; i < len; i++) {
      delete o[i];
    }
    return o;
  };

  AP.toSorted = function toSorted(comparefn) {
    const cmp = comparator(comparefn, stringOrder);
    const o = objectOf(this, 'Array.prototype.toSorted');
    const len = lengthOf(o);
    const copy = [];
    for (let i = 0; i < len; i++) {
      copy.push(o[i]);
    }
    return copy.sort(cmp === stringOrder ? undefined : cmp);
  };

  AP.keys = function keys() {
    return new ArrayIterator(objectOf(this, 'Array.prototype.keys'), 'keys');
  };

  AP.values = function values() {
    return new ArrayIterator(objectOf(this, 'Array.prototype.values'), 'values');
  };

  AP.entries = function entries() {
    return new ArrayIterator(objectOf(this, 'Array.prototype.entries'), 'entries');
  };

  AP['@@iterator'] = AP.values;

  Array.from = function from(items, mapfn, thisArg) {
    if (items === undefined || items === null) {
      throw new TypeError((items === null ? 'object null' : 'undefined')
        + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    if (mapfn !== undefined) {
      callable(mapfn);
    }
    const a = [];
    let i = 0;
    if (typeof items === 'string' || Array.isArray(items) || H.isTypedArray(items)
        || typeof items['@@iterator'] === 'function') {
      for (const v of items) {
        a.push(mapfn === undefined ? v : mapfn.call(thisArg, v, i));
        i++;
      }
      return a;
    }
    const len = lengthOf(Object(items));
    for (; i < len; i++) {
      const v = items[i];
      a.push(mapfn === undefined ? v : mapfn.call(thisArg, v, i));
    }
    return a;
  };

  // ---------------------------------------------------------------- typed arrays

  function typedArray(self, method) {
    if (!H.isTypedArray(self)) {
      throw new TypeError('%TypedArray%.prototype.' + method + ' called on ' + describe(self)
        + ', which is not a typed array');
    }
    return self;
  }

  // A copy read element by element (so reading a shared array is a sequence of events).
  function copyOf(t) {
    const len = t.length;
    const copy = new t.constructor(len);
    for (let i = 0; i < len; i++) {
      copy[i] = t[i];
    }
    return copy;
  }

  const typedArrayMethods = {
    forEach(callbackfn, thisArg) {
      const t = typedArray(this, 'forEach');
      callable(callbackfn);
      const len = t.length;
      for (let i = 0; i < len; i++) {
        callbackfn.call(thisArg, t[i], i, t);
      }
    },
    map(callbackfn, thisArg) {
      const t = typedArray(this, 'map');
      callable(callbackfn);
      const len = t.length;
      const a = new t.constructor(len);
      for (let i = 0; i < len; i++) {
        a[i] = callbackfn.call(thisArg, t[i], i, t);
      }
      return a;
    },
    filter(callbackfn, thisArg) {
      const t = typedArray(this, 'filter');
      callable(callbackfn);
      const kept = [];
      const len = t.length;
      for (let i = 0; i < len; i++) {
        const v = t[i];
        if (callbackfn.call(thisArg, v, i, t)) {
          kept.push(v);
        }
      }
      return new t.constructor(kept);
    },
    reduce(callbackfn, ...initial) {
      return reduceFrom(typedArray(this, 'reduce'), callbackfn, initial.length > 0, initial[0], false);
    },
    reduceRight(callbackfn, ...initial) {
      return reduceFrom(typedArray(this, 'reduceRight'), callbackfn, initial.length > 0, initial[0], true);
    },
    some(callbackfn, thisArg) {
      const t = typedArray(this, 'some');
      callable(callbackfn);
      const len = t.length;
      for (let i = 0; i < len; i++) {
        if (callbackfn.call(thisArg, t[i], i, t)) {
          return true;
        }
      }
      return false;
    },
    every(callbackfn, thisArg) {
      const t = typedArray(this, 'every');
      callable(callbackfn);
      const len = t.length;
      for (let i = 0; i < len; i++) {
        if (!callbackfn.call(thisArg, t[i], i, t)) {
          return false;
        }
      }
      return true;
    },
    find(predicate, thisArg) {
      return findFrom(typedArray(this, 'find'), predicate, thisArg, false, false);
    },
    findIndex(predicate, thisArg) {
      return findFrom(typedArray(this, 'findIndex'), predicate, thisArg, false, true);
    },
    findLast(predicate, thisArg) {
      return findFrom(typedArray(this, 'findLast'), predicate, thisArg, true, false);
    },
    findLastIndex(predicate, thisArg) {
      return findFrom(typedArray(this, 'findLastIndex'), predicate, thisArg, true, true);
    },
    join(separator) {
      const t = typedArray(this, 'join');
      const sep = separator === undefined ? ',' : String(separator);
      const len = t.length;
      let s = '';
      for (let i = 0; i < len; i++) {
        if (i > 0) {
          s += sep;
        }
        s += t[i];
      }
      return s;
    },
    indexOf(searchElement, fromIndex) {
      const t = typedArray(this, 'indexOf');
      const len = t.length;
      for (let i = relative(fromIndex, len); i < len; i++) {
        if (t[i] === searchElement) {
          return i;
        }
      }
      return -1;
    },
    lastIndexOf(searchElement, ...from) {
      const t = typedArray(this, 'lastIndexOf');
      const len = t.length;
      let i = len - 1;
      if (from.length > 0) {
        const f = H.toInteger(from[0]);
        i = f < 0 ? len + f : (f < len - 1 ? f : len - 1);
      }
      for (; i >= 0; i--) {
        if (t[i] === searchElement) {
          return i;
        }
      }
      return -1;
    },
    includes(searchElement, fromIndex) {
      const t = typedArray(this, 'includes');
      const len = t.length;
      for (let i = relative(fromIndex, len); i < len; i++) {
        if (sameValueZero(t[i], searchElement)) {
          return true;
        }
      }
      return false;
    },
    at(index) {
      const t = typedArray(this, 'at');
      const i = H.toInteger(index);
      const k = i < 0 ? t.length + i : i;
      return k < 0 || k >= t.length ? undefined : t[k];
    },
    reverse() {
      const t = typedArray(this, 'reverse');
      for (let i = 0, j = t.length - 1; i < j; i++, j--) {
        const a = t[i];
        const b = t[j];
        t[i] = b;
        t[j] = a;
      }
      return t;
    },
    sort(comparefn) {
      const cmp = comparator(comparefn, numericOrder);
      const t = typedArray(this, 'sort');
      const len = t.length;
      const items = [];
      for (let i = 0; i < len; i++) {
        items.push(t[i]);
      }
      const sorted = mergeSort(items, cmp);
      for (let i = 0; i < len; i++) {
        t[i] = sorted[i];
      }
      return t;
    },
    toSorted(comparefn) {
      return copyOf(typedArray(this, 'toSorted')).sort(comparefn);
    },
    toReversed() {
      return copyOf(typedArray(this, 'toReversed')).reverse();
    },
    with(index, value) {
      const t = typedArray(this, 'with');
      const i = H.toInteger(index);
      const k = i < 0 ? t.length + i : i;
      if (k < 0 || k >= t.length) {
        throw new RangeError('Invalid typed array index');
      }
      const copy = copyOf(t);
      copy[k] = value;
      return copy;
    },
    keys() {
      return new ArrayIterator(typedArray(this, 'keys'), 'keys');
    },
    // values() and entries() read the elements when they are called: an iterator's next() runs
    // as a nested call under for-of, where a shared-memory read could not be an event.
    values() {
      return new ArrayIterator(Array.from(typedArray(this, 'values')), 'values');
    },
    entries() {
      return new ArrayIterator(Array.from(typedArray(this, 'entries')), 'entries');
    },
  };
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array']) {
    const C = globalThis[name];
    if (C !== undefined) {
      Object.assign(C.prototype, typedArrayMethods);
      C.prototype['@@iterator'] = typedArrayMethods.values;
    }
  }

  // ---------------------------------------------------------------- String

  const nativeReplace = String.prototype.replace;
  const nativeReplaceAll = String.prototype.replaceAll;

  String.prototype.replace = function replace(searchValue, replaceValue) {
    if (typeof replaceValue !== 'function') {
      return nativeReplace.call(this, searchValue, replaceValue);
    }
    const s = String(objectOf(this, 'String.prototype.replace'));
    const p = String(searchValue);
    const at = s.indexOf(p);
    return at < 0 ? s : s.slice(0, at) + String(replaceValue(p, at, s)) + s.slice(at + p.length);
  };

  String.prototype.replaceAll = function replaceAll(searchValue, replaceValue) {
    if (typeof replaceValue !== 'function') {
      return nativeReplaceAll.call(this, searchValue, replaceValue);
    }
    const s = String(objectOf(this, 'String.prototype.replaceAll'));
    const p = String(searchValue);
    const step = p.length > 0 ? p.length : 1;
    const positions = [];
    for (let i = s.indexOf(p); i >= 0; i = s.indexOf(p, i + step)) {
      positions.push(i);
      if (i + step > s.length) {
        break;
      }
    }
    let out = '';
    let last = 0;
    for (const at of positions) {
      out += s.slice(last, at) + String(replaceValue(p, at, s));
      last = at + p.length;
    }
    return out + s.slice(last);
  };

  // ---------------------------------------------------------------- Map and Set

  // Entries live in two arrays in insertion order ("@@keys", "@@values"; a Set keeps its values in both). Deleting leaves a hole,
  // so an iterator in progress keeps its place; the arrays are compacted when holes outnumber
  // entries (an iterator running across a compaction may then skip or repeat entries).
  // Lookup is a linear SameValueZero scan in Java (H.find): fine for the sizes scenarios use.
  function initCollection(self, className) {
    H.init(self, className);
    H.hide(self, '@@keys', []);
    H.hide(self, '@@values', []);
    H.hide(self, '@@size', 0);
    H.hide(self, '@@holes', 0);
  }

  function collection(self, className, method) {
    if (self === null || typeof self !== 'object' || self['@@keys'] === undefined) {
      throw new TypeError('Method ' + className + '.prototype.' + method + ' called on incompatible receiver '
        + describe(self));
    }
    return self;
  }

  function removeAt(c, i) {
    delete c['@@keys'][i];
    delete c['@@values'][i];
    c['@@size'] = c['@@size'] - 1;
    c['@@holes'] = c['@@holes'] + 1;
    if (c['@@holes'] > 16 && c['@@holes'] > c['@@size']) {
      const ks = [];
      const vs = [];
      const oldKeys = c['@@keys'];
      const oldValues = c['@@values'];
      for (let j = 0; j < oldKeys.length; j++) {
        if (j in oldKeys) {
          ks.push(oldKeys[j]);
          vs.push(oldValues[j]);
        }
      }
      c['@@keys'] = ks;
      c['@@values'] = vs;
      c['@@holes'] = 0;
    }
  }

  function clearCollection(c) {
    c['@@keys'] = [];
    c['@@values'] = [];
    c['@@size'] = 0;
    c['@@holes'] = 0;
  }

  function addEntries(target, iterable, adder) {
    if (iterable === undefined || iterable === null) {
      return;
    }
    for (const entry of iterable) {
      adder(entry);
    }
  }

  class CollectionIterator {
    constructor(target, kind, className) {
      H.init(this, className);
      H.hide(this, '@@target', target);
      H.hide(this, '@@index', 0);
      H.hide(this, '@@kind', kind);
    }

    next() {
      const c = this['@@target'];
      if (c === undefined) {
        return { value: undefined, done: true };
      }
      const keys = c['@@keys'];
      let i = this['@@index'];
      while (i < keys.length && !(i in keys)) {
        i++;
      }
      if (i >= keys.length) {
        this['@@target'] = undefined;
        return { value: undefined, done: true };
      }
      this['@@index'] = i + 1;
      const kind = this['@@kind'];
      const k = keys[i];
      const v = c['@@values'][i];
      return { value: kind === 'keys' ? k : kind === 'values' ? v : [k, v], done: false };
    }

    ['@@iterator']() {
      return this;
    }
  }
  delete CollectionIterator.prototype.constructor;

  class Map {
    constructor(iterable) {
      initCollection(this, 'Map');
      addEntries(this, iterable, (entry) => {
        if (entry === null || typeof entry !== 'object') {
          throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
        }
        this.set(entry[0], entry[1]);
      });
    }

    get size() {
      return collection(this, 'Map', 'size')['@@size'];
    }

    get(key) {
      const c = collection(this, 'Map', 'get');
      const i = H.find(c['@@keys'], key);
      return i < 0 ? undefined : c['@@values'][i];
    }

    set(key, value) {
      const c = collection(this, 'Map', 'set');
      const i = H.find(c['@@keys'], key);
      if (i >= 0) {
        c['@@values'][i] = value;
      } else {
        c['@@keys'].push(key === 0 ? 0 : key);
        c['@@values'].push(value);
        c['@@size'] = c['@@size'] + 1;
      }
      return this;
    }

    has(key) {
      return H.find(collection(this, 'Map', 'has')['@@keys'], key) >= 0;
    }

    delete(key) {
      const c = collection(this, 'Map', 'delete');
      const i = H.find(c['@@keys'], key);
      if (i < 0) {
        return false;
      }
      removeAt(c, i);
      return true;
    }

    clear() {
      clearCollection(collection(this, 'Map', 'clear'));
    }

    forEach(callbackfn, thisArg) {
      const c = collection(this, 'Map', 'forEach');
      callable(callbackfn);
      const it = new CollectionIterator(c, 'entries', 'Map Iterator');
      for (let r = it.next(); !r.done; r = it.next()) {
        callbackfn.call(thisArg, r.value[1], r.value[0], c);
      }
    }

    keys() {
      return new CollectionIterator(collection(this, 'Map', 'keys'), 'keys', 'Map Iterator');
    }

    values() {
      return new CollectionIterator(collection(this, 'Map', 'values'), 'values', 'Map Iterator');
    }

    entries() {
      return new CollectionIterator(collection(this, 'Map', 'entries'), 'entries', 'Map Iterator');
    }

    ['@@iterator']() {
      return this.entries();
    }

    static groupBy(items, callbackfn) {
      callable(callbackfn);
      const groups = new Map();
      let i = 0;
      for (const v of items) {
        const key = callbackfn(v, i++);
        const group = groups.get(key);
        if (group === undefined) {
          groups.set(key, [v]);
        } else {
          group.push(v);
        }
      }
      return groups;
    }
  }
  Map.prototype['@@toStringTag'] = 'Map';

  class Set {
    constructor(iterable) {
      initCollection(this, 'Set');
      addEntries(this, iterable, (v) => this.add(v));
    }

    get size() {
      return collection(this, 'Set', 'size')['@@size'];
    }

    add(value) {
      const c = collection(this, 'Set', 'add');
      if (H.find(c['@@keys'], value) < 0) {
        const v = value === 0 ? 0 : value; // -0 is stored as +0
        c['@@keys'].push(v);
        c['@@values'].push(v); // a Set's entries are [v, v]
        c['@@size'] = c['@@size'] + 1;
      }
      return this;
    }

    has(value) {
      return H.find(collection(this, 'Set', 'has')['@@keys'], value) >= 0;
    }

    delete(value) {
      const c = collection(this, 'Set', 'delete');
      const i = H.find(c['@@keys'], value);
      if (i < 0) {
        return false;
      }
      removeAt(c, i);
      return true;
    }

    clear() {
      clearCollection(collection(this, 'Set', 'clear'));
    }

    forEach(callbackfn, thisArg) {
      const c = collection(this, 'Set', 'forEach');
      callable(callbackfn);
      const it = new CollectionIterator(c, 'keys', 'Set Iterator');
      for (let r = it.next(); !r.done; r = it.next()) {
        callbackfn.call(thisArg, r.value, r.value, c);
      }
    }

    values() {
      return new CollectionIterator(collection(this, 'Set', 'values'), 'keys', 'Set Iterator');
    }

    entries() {
      return new CollectionIterator(collection(this, 'Set', 'entries'), 'entries', 'Set Iterator');
    }

    ['@@iterator']() {
      return this.values();
    }
  }
  Set.prototype.keys = Set.prototype.values;
  Set.prototype['@@toStringTag'] = 'Set';

  // WeakMap and WeakSet hold their keys strongly: nothing is collected in a scenario run anyway.
  function objectKey(key, what) {
    if (key === null || (typeof key !== 'object' && typeof key !== 'function')) {
      throw new TypeError('Invalid value used ' + what);
    }
    return key;
  }

  class WeakMap {
    constructor(iterable) {
      initCollection(this, 'WeakMap');
      addEntries(this, iterable, (entry) => this.set(entry[0], entry[1]));
    }

    get(key) {
      const c = collection(this, 'WeakMap', 'get');
      const i = H.find(c['@@keys'], key);
      return i < 0 ? undefined : c['@@values'][i];
    }

    set(key, value) {
      const c = collection(this, 'WeakMap', 'set');
      objectKey(key, 'as weak map key');
      const i = H.find(c['@@keys'], key);
      if (i >= 0) {
        c['@@values'][i] = value;
      } else {
        c['@@keys'].push(key);
        c['@@values'].push(value);
        c['@@size'] = c['@@size'] + 1;
      }
      return this;
    }

    has(key) {
      return H.find(collection(this, 'WeakMap', 'has')['@@keys'], key) >= 0;
    }

    delete(key) {
      const c = collection(this, 'WeakMap', 'delete');
      const i = H.find(c['@@keys'], key);
      if (i < 0) {
        return false;
      }
      removeAt(c, i);
      return true;
    }
  }
  WeakMap.prototype['@@toStringTag'] = 'WeakMap';

  class WeakSet {
    constructor(iterable) {
      initCollection(this, 'WeakSet');
      addEntries(this, iterable, (v) => this.add(v));
    }

    add(value) {
      const c = collection(this, 'WeakSet', 'add');
      objectKey(value, 'in weak set');
      if (H.find(c['@@keys'], value) < 0) {
        c['@@keys'].push(value);
        c['@@values'].push(undefined);
        c['@@size'] = c['@@size'] + 1;
      }
      return this;
    }

    has(value) {
      return H.find(collection(this, 'WeakSet', 'has')['@@keys'], value) >= 0;
    }

    delete(value) {
      const c = collection(this, 'WeakSet', 'delete');
      const i = H.find(c['@@keys'], value);
      if (i < 0) {
        return false;
      }
      removeAt(c, i);
      return true;
    }
  }
  WeakSet.prototype['@@toStringTag'] = 'WeakSet';

  Object.groupBy = function groupBy(items, callbackfn) {
    callable(callbackfn);
    const groups = Object.create(null);
    let i = 0;
    for (const v of items) {
      const key = String(callbackfn(v, i++));
      if (groups[key] === undefined) {
        groups[key] = [v];
      } else {
        groups[key].push(v);
      }
    }
    return groups;
  };

  for (const [name, C] of [['Map', Map], ['Set', Set], ['WeakMap', WeakMap], ['WeakSet', WeakSet]]) {
    H.hide(globalThis, name, C);
    H.hideAll(C);
  }
})();
