package org.atomiscope.js;

import java.util.Arrays;
import java.util.HashMap;

/**
 * An object's own properties in insertion order, with their attributes. Small maps (the common case
 * in scenarios) search linearly; larger ones keep a hash index. Copied whole when its object is
 * copied on write.
 */
public final class PropMap {
    public static final byte WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4;
    public static final byte DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** Built-in methods: writable and configurable but not enumerable. */
    public static final byte HIDDEN = WRITABLE | CONFIGURABLE;

    private String[] keys = new String[4];
    private Object[] values = new Object[4];
    private byte[] flags = new byte[4];
    private int size;
    private HashMap<String, Integer> index;

    PropMap copy() {
        PropMap m = new PropMap();
        m.keys = Arrays.copyOf(keys, Math.max(size, 1));
        m.values = Arrays.copyOf(values, Math.max(size, 1));
        m.flags = Arrays.copyOf(flags, Math.max(size, 1));
        m.size = size;
        m.index = index == null ? null : new HashMap<>(index);
        return m;
    }

    public int size() {
        return size;
    }

    public String key(int i) {
        return keys[i];
    }

    public Object value(int i) {
        return values[i];
    }

    public byte flags(int i) {
        return flags[i];
    }

    public int find(String key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            String k = keys[i];
            if (k == key || k.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value, or null (Java null) when absent. Accessor properties yield an {@link Accessor}. */
    public Object get(String key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    public void put(String key, Object value) {
        int i = find(key);
        if (i >= 0) {
            values[i] = value;
        } else {
            add(key, value, DEFAULT);
        }
    }

    public void define(String key, Object value, byte attrs) {
        int i = find(key);
        if (i >= 0) {
            values[i] = value;
            flags[i] = attrs;
        } else {
            add(key, value, attrs);
        }
    }

    public void setValueAt(int i, Object value) {
        values[i] = value;
    }

    public void setFlagsAt(int i, byte f) {
        flags[i] = f;
    }

    private void add(String key, Object value, byte attrs) {
        if (size == keys.length) {
            int n = size * 2;
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
            flags = Arrays.copyOf(flags, n);
        }
        keys[size] = key;
        values[size] = value;
        flags[size] = attrs;
        if (index != null) {
            index.put(key, size);
        } else if (size >= 12) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
    }

    public boolean remove(String key) {
        int i = find(key);
        if (i < 0) {
            return false;
        }
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        System.arraycopy(flags, i + 1, flags, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        if (index != null) {
            index.clear();
            for (int j = 0; j < size; j++) {
                index.put(keys[j], j);
            }
        }
        return true;
    }

    /** A getter/setter pair stored as a property value. */
    public record Accessor(Object getter, Object setter) {}
}
