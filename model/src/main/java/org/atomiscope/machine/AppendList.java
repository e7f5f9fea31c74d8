package org.atomiscope.machine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list with O(1) amortised append that shares its array with the list it was appended
 * to (like a slice): appending to the longest list of a lineage writes in place, appending to an older
 * one copies. Console logs grow by one line per step for thousands of steps, and every kept machine
 * holds its own view of them.
 */
public final class AppendList<T> extends AbstractList<T> implements RandomAccess {
    /** The shared array and how much of it some list already claims. */
    private static final class Store {
        Object[] items;
        int claimed;

        Store(Object[] items, int claimed) {
            this.items = items;
            this.claimed = claimed;
        }
    }

    private static final AppendList<?> EMPTY = new AppendList<>(new Store(new Object[0], 0), 0);

    private final Store store;
    private final Object[] items;
    private final int size;

    private AppendList(Store store, int size) {
        this.store = store;
        this.items = store.items;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <T> AppendList<T> empty() {
        return (AppendList<T>) EMPTY;
    }

    public AppendList<T> append(T item) {
        synchronized (store) {
            if (store.claimed == size && store.items == items && size < items.length) {
                items[size] = item;
                store.claimed = size + 1;
                return new AppendList<>(store, size + 1);
            }
        }
        Object[] grown = Arrays.copyOf(items, Math.max(8, size * 2));
        grown[size] = item;
        return new AppendList<>(new Store(grown, size + 1), size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
