package org.atomiscope.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.atomiscope.js.JsObject;

/**
 * The layout half of Node's util.inspect: prefixes such as "Map(2) ", joining entries on one line
 * or one per line (reduceToSingleString) and grouping many short array items into aligned
 * columns (groupArrayElements). Pure functions of the formatted entries.
 */
final class InspectLayout {
    private InspectLayout() {}

    static final int BREAK_LENGTH = 80;
    static final int COMPACT = 3;
    static final int MAX_ARRAY_LENGTH = 100;

    /** Node's getPrefix: "Foo(3) [tag] ", or "[Object: null prototype] " without a constructor. */
    static String prefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        String result = constructor + size + " ";
        if (!tag.isEmpty()) {
            int position = constructor.indexOf(tag);
            if (position == -1) {
                result += "[" + tag + "] ";
            } else {
                int end = position + tag.length();
                if (end != constructor.length() && Character.isLowerCase(constructor.charAt(end))) {
                    result += "[" + tag + "] ";
                }
            }
        }
        return result;
    }

    /** Node's getCtxStyle: the prefix, naming the internal class when there is no constructor. */
    static String ctxStyle(JsObject o, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = o.className;
            if (fallback.equals(tag)) {
                fallback = "Object";
            }
        }
        return prefix(constructor, tag, fallback, "");
    }

    /**
     * Joins formatted entries on one line when they fit, else one per line. {@code compactOk} is
     * Node's "ctx.currentDepth - recurseTimes < ctx.compact"; numberAt tells whether the value's
     * i-th element is a number (right-aligned when grouped), or is null for non-arrays.
     */
    static String reduceToSingleString(List<String> output, String base, String[] braces, boolean arrayExtras,
                                       boolean compactOk, int indentationLvl, IntPredicate numberAt) {
        int entries = output.size();
        if (arrayExtras && entries > 6) {
            output = groupArrayElements(output, indentationLvl, numberAt);
        }
        if (compactOk && entries == output.size()) {
            int start = output.size() + indentationLvl + braces[0].length() + base.length() + 10;
            if (isBelowBreakLength(output, start, base)) {
                String joined = String.join(", ", output);
                if (!joined.contains("\n")) {
                    return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        String indentation = "\n" + " ".repeat(indentationLvl);
        return (base.isEmpty() ? "" : base + " ") + braces[0] + indentation + "  "
            + String.join("," + indentation + "  ", output) + indentation + braces[1];
    }

    private static boolean isBelowBreakLength(List<String> output, int start, String base) {
        int total = output.size() + start;
        if (total + output.size() > BREAK_LENGTH) {
            return false;
        }
        for (String s : output) {
            total += s.length();
            if (total > BREAK_LENGTH) {
                return false;
            }
        }
        return base.isEmpty() || !base.contains("\n");
    }

    /** Node's groupArrayElements: lays out many short items in aligned columns. */
    private static List<String> groupArrayElements(List<String> output, int indentationLvl, IntPredicate numberAt) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.size();
        if (MAX_ARRAY_LENGTH < output.size()) {
            outputLength--; // the "... n more items" entry is not laid out in columns
        }
        int separatorSpace = 2;
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = output.get(i).length();
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            maxLength = Math.max(maxLength, len);
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + indentationLvl < BREAK_LENGTH
                && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(Math.min(
                    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
                    Math.floor((BREAK_LENGTH - indentationLvl) / (double) actualMax)),
                Math.min(COMPACT * 4, 15));
            if (columns <= 1) {
                return output;
            }
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineMax = 0;
                for (int j = i; j < outputLength; j += columns) {
                    lineMax = Math.max(lineMax, dataLen[j]);
                }
                maxLineLength[i] = lineMax + separatorSpace;
            }
            boolean padStart = numberAt != null;
            for (int i = 0; padStart && i < output.size(); i++) {
                padStart = numberAt.test(i);
            }
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    str.append(pad(output.get(j) + ", ", maxLineLength[j - i], padStart));
                }
                str.append(padStart ? pad(output.get(j), maxLineLength[j - i] - separatorSpace, true) : output.get(j));
                tmp.add(str.toString());
            }
            if (outputLength < output.size()) {
                tmp.add(output.get(outputLength));
            }
            return tmp;
        }
        return output;
    }

    private static String pad(String s, int width, boolean start) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return start ? spaces + s : s + spaces;
    }
}
