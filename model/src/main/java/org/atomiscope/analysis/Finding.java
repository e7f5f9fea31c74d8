package org.atomiscope.analysis;

import java.util.List;
import org.atomiscope.machine.Choice;

/**
 * Something an analysis found in an execution, for students and teachers: a sentence that says
 * what happened, where, and what to do about it, the places it concerns, and a schedule that shows
 * it when replayed from the start.
 *
 * @param kind     what sort of problem
 * @param sentence plain English, positions as {@code line:column}, agents by name
 * @param sites    the places involved, the most telling first
 * @param modelId  the memory model of the execution that showed it, or null if from no particular model
 * @param witness  a schedule that shows it from the start; empty when not known
 */
public record Finding(Kind kind, String sentence, List<Site> sites, String modelId, List<Choice> witness) {
    public enum Kind {
        DATA_RACE("Data race"),
        LOST_UPDATE("Lost update"),
        DEADLOCK("Deadlock"),
        LIVELOCK("Livelock"),
        MAIN_THREAD_WAIT("Main thread waits"),
        MAIN_THREAD_SPIN("Main thread spins");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The heading a list of problems shows: "Data race", "Main thread waits". */
        public String title() {
            return title;
        }
    }

    public Finding {
        sites = List.copyOf(sites);
        witness = List.copyOf(witness);
    }

    /** The same finding, shown by another execution (its model and schedule). */
    public Finding withWitness(String model, List<Choice> schedule) {
        return new Finding(kind, sentence, sites, model, schedule);
    }
}
