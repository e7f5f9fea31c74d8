package org.atomiscope.scenario;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.atomiscope.lang.Pos;

/**
 * What a scenario's leading {@code /** ... *}{@code /} comment says: its tags and its
 * teaching notes. Built by {@link HeaderParser}.
 *
 * @param title       {@code @title}; without one, made from the file name
 * @param topic       {@code @topic}; {@value #DEFAULT_TOPIC} without one
 * @param host        {@code @host browser|node}; browser by default
 * @param model       {@code @model sc|tso|relaxed}: the memory model the scenario is meant for; the
 *                    app opens it there and its {@code @goal} challenges are played and checked there
 * @param workerLimit {@code @workers N}: workers started beyond N stay unstarted (the old
 *                    Firefox limit of 20 per domain); empty means no limit
 * @param isolated    {@code @isolated false} makes {@code crossOriginIsolated} false and
 *                    {@code SharedArrayBuffer} absent, as on a page served without COOP/COEP
 * @param observe     {@code @observe} expressions, evaluated in the main agent's top-level
 *                    scope after every agent has ended, for the outcome's {@code final:} part
 * @param expects     {@code @expect} lines
 * @param goals       {@code @goal} lines: challenges, each an outcome or {@code deadlock}
 * @param maxSteps    {@code @max-steps N}: this scenario's step limit, if it needs its own
 * @param notes       the Markdown after the tags, with each line's leading {@code " * "} removed
 * @param end         the position just after the header's closing {@code *}{@code /} (the start
 *                    of the file when there is no header)
 * @param endOffset   the same as a character offset into the source
 */
public record ScenarioHeader(String title, String topic, HostKind host, String model, OptionalInt workerLimit,
                             boolean isolated, List<String> observe, List<Expectation> expects,
                             List<Goal> goals, OptionalInt maxSteps, String notes,
                             Pos end, int endOffset, List<KnownGap> knownGaps) {

    /**
     * {@code @known-gap model "<outcome>" reason}: an expectation the named model cannot meet yet,
     * kept so that {@code check} reports it as a known gap (and says so once the gap is closed).
     */
    public record KnownGap(String model, String outcome, String reason) {}

    public static final String DEFAULT_TOPIC = "Other";
    /** The model of a scenario without {@code @model}: the sequentially consistent engine. */
    public static final String DEFAULT_MODEL = "sc";
    /** The {@code @goal} word for "reach a deadlock". */
    public static final String GOAL_DEADLOCK = "deadlock";

    public ScenarioHeader {
        observe = List.copyOf(observe);
        expects = List.copyOf(expects);
        goals = List.copyOf(goals);
        knownGaps = List.copyOf(knownGaps);
    }

    /** The header of a file without one. */
    public static ScenarioHeader defaults(String file) {
        return new ScenarioHeader(titleFromFileName(file), DEFAULT_TOPIC, HostKind.BROWSER, DEFAULT_MODEL, OptionalInt.empty(),
                true, List.of(), List.of(), List.of(), OptionalInt.empty(), "", new Pos(file, 1, 1), 0, List.of());
    }

    /**
     * A title for a file without {@code @title}: {@code lib/06-lost-update.js} and
     * {@code lib/06-lost-update/main.js} both become "Lost update".
     */
    static String titleFromFileName(String file) {
        String[] path = file.replace('\\', '/').split("/");
        String name = path[path.length - 1];
        if (name.equals("main.js") && path.length > 1) {
            name = path[path.length - 2];
        }
        name = name.replaceFirst("\\.js$", "").replaceFirst("^\\d+[-_ ]+", "").replace('-', ' ').replace('_', ' ').trim();
        if (name.isEmpty()) {
            return "Untitled";
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
