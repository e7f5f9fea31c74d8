package org.atomiscope.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;

/**
 * Reads a scenario's header: the leading {@code /** ... *}{@code /} comment, after an optional
 * hashbang line and blank lines.
 * <pre>
 * /**
 *  * &#64;title Message passing without atomics
 *  * &#64;topic Reordering
 *  * &#64;expect "reader: 123456 191"  sc: never  tso: never
 *  *         relaxed: sometimes
 *  *
 *  * Teaching notes, in Markdown, until the end of the comment.
 *  *&#47;
 * </pre>
 * Tags come first, one per line; an {@code @expect} line continues on the next line when that
 * line starts with a model name. The first line that is neither a tag nor a continuation
 * starts the notes. Every mistake is a {@link ScenarioSyntaxError} at the offending token.
 */
public final class HeaderParser {
    static final List<String> TAGS =
            List.of("title", "topic", "host", "model", "workers", "isolated", "observe", "expect", "goal",
                    "max-steps", "known-gap");
    /** Tags that may appear once; the others accumulate. */
    private static final Set<String> SINGLE = Set.of("title", "topic", "host", "model", "workers", "isolated", "max-steps");
    private static final Pattern TAG = Pattern.compile("@(\\S*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][\\w-]*");
    /** A line that looks like it continues an @expect: {@code model: verdict}. */
    private static final Pattern CONTINUATION = Pattern.compile("([A-Za-z][\\w-]*)\\s*:\\s*(\\w*)");

    /** One line inside the comment, its leading {@code " * "} removed. */
    private record Line(int offset, String text) {}

    private final String file;
    private final String source;
    private final int[] lineStarts;

    private String title;
    private String topic;
    private HostKind host = HostKind.BROWSER;
    private OptionalInt workerLimit = OptionalInt.empty();
    private boolean isolated = true;
    private final List<String> observe = new ArrayList<>();
    private final List<Expectation> expects = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private String model = ScenarioHeader.DEFAULT_MODEL;
    private final List<ScenarioHeader.KnownGap> gaps = new ArrayList<>();
    private OptionalInt maxSteps = OptionalInt.empty();
    private final Set<String> seen = new HashSet<>();

    /** The @expect being read, still open for continuation lines. */
    private String pendingText;
    private int pendingTextOffset;
    private Map<String, Verdict> pendingVerdicts;
    private Pos pendingPos;

    private HeaderParser(String file, String source) {
        this.file = file;
        this.source = source;
        this.lineStarts = lineStarts(source);
    }

    /**
     * Parses the header of {@code source}; {@code file} names it in positions and, without a
     * {@code @title}, gives the title.
     *
     * @throws ScenarioSyntaxError when the header is not closed or a tag is malformed
     */
    public static ScenarioHeader parse(String file, String source) {
        return new HeaderParser(file, source).parse();
    }

    private ScenarioHeader parse() {
        int i = source.startsWith("\uFEFF") ? 1 : 0;
        if (source.startsWith("#!", i)) {
            int nl = source.indexOf('\n', i);
            i = nl < 0 ? source.length() : nl + 1;
        }
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        if (!source.startsWith("/**", i) || source.startsWith("/**/", i)) {
            return ScenarioHeader.defaults(file);
        }
        int close = source.indexOf("*/", i + 3);
        if (close < 0) {
            throw error(i, "The header comment that starts here is never closed: end it with */.");
        }
        List<String> notes = readLines(commentLines(i + 3, close));
        while (!notes.isEmpty() && notes.get(notes.size() - 1).isBlank()) {
            notes.remove(notes.size() - 1);
        }
        return new ScenarioHeader(title != null ? title : ScenarioHeader.titleFromFileName(file),
                topic != null ? topic : ScenarioHeader.DEFAULT_TOPIC, host, model, workerLimit, isolated,
                observe, expects, goals, maxSteps, String.join("\n", notes), pos(close + 2), close + 2, gaps);
    }

    /** Handles tags and continuations; returns the notes lines. */
    private List<String> readLines(List<Line> lines) {
        List<String> notes = new ArrayList<>();
        boolean inNotes = false;
        for (Line line : lines) {
            String text = line.text();
            if (inNotes) {
                Matcher tag = TAG.matcher(text);
                if (tag.lookingAt() && TAGS.contains(tag.group(1))) {
                    throw error(line.offset(), "The tag @" + tag.group(1)
                            + " comes after the teaching notes have started; move it up with the other tags.");
                }
                notes.add(text);
                continue;
            }
            // Tags and continuations may be indented; notes keep their indentation.
            String stripped = text.stripLeading();
            int offset = line.offset() + text.length() - stripped.length();
            Matcher cont = CONTINUATION.matcher(stripped);
            boolean looksLikeVerdict = cont.lookingAt()
                    && (Expectation.MODELS.contains(cont.group(1)) || Verdict.parse(cont.group(2)).isPresent());
            if (pendingText != null && looksLikeVerdict) {
                readVerdicts(stripped, 0, offset);
                continue;
            }
            finishExpect();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("@")) {
                readTag(stripped, offset);
            } else if (looksLikeVerdict && Expectation.MODELS.contains(cont.group(1))
                    && Verdict.parse(cont.group(2)).isPresent()) {
                throw error(offset, "This line looks like a verdict, but it does not continue an @expect line"
                        + " (put it right below one).");
            } else {
                inNotes = true;
                notes.add(text);
            }
        }
        finishExpect();
        return notes;
    }

    private void readTag(String text, int offset) {
        Matcher m = TAG.matcher(text);
        m.lookingAt();
        String tag = m.group(1);
        if (!TAGS.contains(tag)) {
            throw error(offset, "Unknown tag @" + tag + ": the tags are @title, @topic, @host, @model, @workers, "
                    + "@isolated, @observe, @expect, @goal, @max-steps and @known-gap.");
        }
        if (SINGLE.contains(tag) && !seen.add(tag)) {
            throw error(offset, "The header has @" + tag + " twice; keep one.");
        }
        int valueStart = skipSpaces(text, m.end());
        String value = text.substring(valueStart).strip();
        int valueOffset = offset + valueStart;
        switch (tag) {
            case "title" -> title = required(tag, value, offset, "@title Message passing without atomics");
            case "topic" -> topic = required(tag, value, offset, "@topic Reordering");
            case "host" -> host = HostKind.parse(value).orElseThrow(() -> error(valueOffset,
                    "Unknown host '" + value + "': write @host browser or @host node."));
            case "model" -> {
                if (!Expectation.MODELS.contains(value)) {
                    throw error(valueOffset, "Unknown memory model '" + value + "': write @model sc, @model tso or "
                            + "@model relaxed.");
                }
                model = value;
            }
            case "workers" -> workerLimit = OptionalInt.of(number(value, 0, valueOffset,
                    "@workers takes the number of workers that may start, as in @workers 20"));
            case "isolated" -> isolated = switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(valueOffset, "@isolated takes true or false, not '" + value + "'.");
            };
            case "observe" -> {
                required(tag, value, offset, "@observe ia[0] ia[1]");
                observe.addAll(Arrays.asList(value.split("\\s+")));
            }
            case "expect" -> readExpect(text, valueStart, offset);
            case "goal" -> readGoal(text, valueStart, offset);
            case "known-gap" -> readGap(value, valueOffset);
            case "max-steps" -> maxSteps = OptionalInt.of(number(value, 1, valueOffset,
                    "@max-steps takes the number of steps one execution may take, as in @max-steps 100000"));
            default -> throw new IllegalStateException(tag);
        }
    }

    /** {@code @known-gap relaxed "t1: 1; t2: 1" reads cannot take values from later writes}. */
    private void readGap(String value, int offset) {
        Matcher m = java.util.regex.Pattern.compile("(\\w+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(.*)").matcher(value);
        if (!m.matches() || !Expectation.MODELS.contains(m.group(1)) || m.group(3).isBlank()) {
            throw error(offset, "@known-gap takes a model, the outcome in double quotes and the reason, as in "
                    + "@known-gap relaxed \"t1: 1; t2: 1\" reads cannot take values from later writes.");
        }
        gaps.add(new ScenarioHeader.KnownGap(m.group(1), unescape(m.group(2)), m.group(3).strip()));
    }

    private String required(String tag, String value, int offset, String example) {
        if (value.isEmpty()) {
            throw error(offset, "@" + tag + " needs a value, as in " + example + ".");
        }
        return value;
    }

    private int number(String value, int min, int offset, String sentence) {
        if (value.matches("\\d{1,9}") && Integer.parseInt(value) >= min) {
            return Integer.parseInt(value);
        }
        throw error(offset, sentence + (min > 0 ? " (at least " + min + ")" : "") + ", not '" + value + "'.");
    }

    private void readExpect(String text, int from, int tagOffset) {
        if (from >= text.length() || text.charAt(from) != '"') {
            throw error(tagOffset + from, "@expect needs the outcome in double quotes first, as in "
                    + "@expect \"reader: 123456 191\" sc: never.");
        }
        int end = closingQuote(text, from, tagOffset);
        pendingText = unescape(text.substring(from + 1, end));
        pendingTextOffset = tagOffset + from + 1;
        pendingVerdicts = new LinkedHashMap<>();
        pendingPos = pos(tagOffset);
        readVerdicts(text, end + 1, tagOffset);
    }

    /** Closes the open @expect, once no further line continues it. */
    private void finishExpect() {
        if (pendingText == null) {
            return;
        }
        if (pendingVerdicts.isEmpty()) {
            throw new ScenarioSyntaxError(pendingPos,
                    "@expect needs at least one verdict after the outcome, as in sc: never.");
        }
        try {
            expects.add(Expectation.of(pendingText, pendingVerdicts, pendingPos));
        } catch (IllegalArgumentException e) {
            throw error(pendingTextOffset, e.getMessage());
        }
        pendingText = null;
    }

    /** Reads {@code model: verdict} pairs from {@code text[i..]} into the open expectation. */
    private void readVerdicts(String text, int i, int offset) {
        while ((i = skipSpaces(text, i)) < text.length()) {
            Matcher w = WORD.matcher(text).region(i, text.length());
            if (!w.lookingAt()) {
                throw error(offset + i, "Expected a model and its verdict here, as in sc: never.");
            }
            String model = w.group();
            int modelAt = i;
            i = skipSpaces(text, w.end());
            boolean known = Expectation.MODELS.contains(model);
            if (i >= text.length() || text.charAt(i) != ':') {
                throw error(offset + (known ? i : modelAt), known
                        ? "Write a colon after " + model + ", as in " + model + ": never."
                        : "Expected a model and its verdict here, as in sc: never, not '" + model + "'.");
            }
            if (!known) {
                throw error(offset + modelAt, "Unknown memory model '" + model + "': the models are sc, tso and relaxed.");
            }
            i = skipSpaces(text, i + 1);
            Matcher v = WORD.matcher(text).region(i, text.length());
            String word = v.lookingAt() ? v.group() : "";
            int verdictAt = i;
            Verdict verdict = Verdict.parse(word).orElseThrow(() -> error(offset + verdictAt, word.isEmpty()
                    ? model + " needs a verdict after the colon: never, sometimes or always."
                    : "Unknown verdict '" + word + "' for " + model + ": write never, sometimes or always."));
            if (pendingVerdicts.put(model, verdict) != null) {
                throw error(offset + modelAt, "The model " + model + " has two verdicts in this @expect; keep one.");
            }
            i = v.end();
        }
    }

    private void readGoal(String text, int from, int tagOffset) {
        String rest = text.substring(from).strip();
        if (rest.equals(ScenarioHeader.GOAL_DEADLOCK)) {
            goals.add(Goal.of(ScenarioHeader.GOAL_DEADLOCK, pos(tagOffset)));
            return;
        }
        if (rest.isEmpty() || text.charAt(from) != '"') {
            throw error(tagOffset + from, "@goal takes an outcome in double quotes or the word deadlock, as in "
                    + "@goal \"reader: 123456 191\".");
        }
        int end = closingQuote(text, from, tagOffset);
        if (!text.substring(end + 1).isBlank()) {
            throw error(tagOffset + skipSpaces(text, end + 1), "Nothing may follow the goal's closing quote.");
        }
        String goal = unescape(text.substring(from + 1, end));
        try {
            goals.add(Goal.of(goal, pos(tagOffset)));
        } catch (IllegalArgumentException e) {
            throw error(tagOffset + from + 1, e.getMessage());
        }
    }

    /** The index of the quote that closes the one at {@code open}; {@code \"} does not close. */
    private int closingQuote(String text, int open, int offset) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw error(offset + open, "This quoted outcome is never closed: end it with \" on the same line.");
    }

    /** Resolves {@code \"} and {@code \\}; any other backslash stays as written. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The comment's lines between {@code from} and {@code to}, each with its " * " removed. */
    private List<Line> commentLines(int from, int to) {
        List<Line> lines = new ArrayList<>();
        int start = from;
        while (start <= to) {
            int nl = source.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            int i = start;
            while (i < end && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            if (i < end && source.charAt(i) == '*') {
                i++;
                if (i < end && source.charAt(i) == ' ') {
                    i++;
                }
            }
            lines.add(new Line(i, source.substring(i, end).stripTrailing()));
            start = end + 1;
        }
        return lines;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private ScenarioSyntaxError error(int offset, String sentence) {
        return new ScenarioSyntaxError(pos(offset), sentence);
    }

    private Pos pos(int offset) {
        int line = lineOf(offset);
        return new Pos(file, line, offset - lineStarts[line - 1] + 1);
    }

    /** The 1-based line holding {@code offset}. */
    private int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
