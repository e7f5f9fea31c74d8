package org.atomiscope.js;

import java.util.Arrays;

/** An Array exotic object with dense element storage; holes are {@link Undefined#HOLE}. */
public final class JsArray extends JsObject {
    /** Largest gap an index write may open past the end (sparse arrays are not supported). */
    public static final int MAX_GAP = 1 << 20;

    public Object[] elements;
    public int length;

    public JsArray(Ref proto, Object[] elements, int length) {
        super(proto);
        this.elements = elements;
        this.length = length;
        this.className = "Array";
    }

    public Object getElement(int i) {
        return i < length ? elements[i] : Undefined.HOLE;
    }

    public void setElement(int i, Object v) {
        if (i >= elements.length) {
            elements = Arrays.copyOf(elements, Math.max(i + 1, elements.length * 2 + 4));
            Arrays.fill(elements, length, elements.length, Undefined.HOLE);
        } else if (i > length) {
            Arrays.fill(elements, length, i, Undefined.HOLE);
        }
        elements[i] = v;
        if (i >= length) {
            length = i + 1;
        }
    }

    public void setLength(int n) {
        if (n < length) {
            Arrays.fill(elements, n, length, Undefined.HOLE);
        } else if (n > elements.length) {
            int old = elements.length;
            elements = Arrays.copyOf(elements, n);
            Arrays.fill(elements, old, n, Undefined.HOLE);
        } else {
            Arrays.fill(elements, length, n, Undefined.HOLE);
        }
        length = n;
    }

    public void push(Object v) {
        setElement(length, v);
    }

    @Override
    protected HeapCell copyContents() {
        JsArray a = (JsArray) super.copyContents();
        a.elements = Arrays.copyOf(elements, Math.max(length, 4));
        if (a.elements.length > length) {
            Arrays.fill(a.elements, length, a.elements.length, Undefined.HOLE);
        }
        return a;
    }
}
