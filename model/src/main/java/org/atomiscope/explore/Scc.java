package org.atomiscope.explore;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/** Strongly connected components (Tarjan's algorithm, iterative so deep graphs cannot overflow the stack). */
final class Scc {
    private Scc() {}

    /**
     * Component numbers for the states not yet known to reach a terminal state ({@code skip[s]} true:
     * ignored); states in one component share a number.
     */
    static int[] components(int n, List<Explorer.IntList> successors, boolean[] skip) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Arrays.fill(comp, -1);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        int[] edge = new int[n];
        int counter = 0;
        int components = 0;
        ArrayDeque<Integer> call = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (skip[root] || index[root] >= 0) {
                continue;
            }
            call.push(root);
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!call.isEmpty()) {
                int v = call.peek();
                Explorer.IntList succ = successors.get(v);
                if (edge[v] < succ.size) {
                    int w = succ.items[edge[v]++];
                    if (skip[w]) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    call.pop();
                    if (!call.isEmpty()) {
                        int u = call.peek();
                        low[u] = Math.min(low[u], low[v]);
                    }
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack.pop();
                            onStack[w] = false;
                            comp[w] = components;
                        } while (w != v);
                        components++;
                    }
                }
            }
        }
        return comp;
    }
}
