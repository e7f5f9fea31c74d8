package org.atomiscope.stepper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Step;

/**
 * A run being stepped by hand: every machine it passed through, the choice taken at each, and the
 * events each step produced, with a cursor that can move back and forth. Moving back keeps the
 * steps after the cursor, so a scrubber can return to them; taking a different choice there drops
 * them (the run forks). Machines share structure, so keeping all of them is cheap.
 *
 * <p>Not thread-safe: one owner (the app's FX thread, or a test) drives it.
 */
public final class History {
    private final List<Machine> machines = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    /** Every event of every recorded step, in order; {@code eventEnd[i]} is the end of step i+1's events. */
    private final List<Event> events = new ArrayList<>();
    private int[] eventEnd = new int[16];
    private int cursor;

    public History(Machine start) {
        machines.add(start);
    }

    /** The machine at the cursor. */
    public Machine current() {
        return machines.get(cursor);
    }

    public Machine start() {
        return machines.get(0);
    }

    /** Steps taken to reach the cursor. */
    public int position() {
        return cursor;
    }

    /** Steps recorded (the cursor may be before the last one). */
    public int length() {
        return machines.size() - 1;
    }

    public Machine machineAt(int position) {
        return machines.get(position);
    }

    /** The choice taken at step {@code position} (1-based: the step that led to machineAt(position)). */
    public Choice choiceAt(int position) {
        return choices.get(position - 1);
    }

    /** The schedule from the start to the cursor. */
    public List<Choice> schedule() {
        return Collections.unmodifiableList(choices.subList(0, cursor));
    }

    /** Every recorded event, including those after the cursor. */
    public List<Event> allEvents() {
        return Collections.unmodifiableList(events);
    }

    /** The events of the steps up to the cursor. */
    public List<Event> events() {
        return Collections.unmodifiableList(events.subList(0, eventsBefore(cursor + 1)));
    }

    /** How many events the first {@code step - 1} steps produced: step {@code step}'s events start there. */
    public int eventsBefore(int step) {
        return step <= 1 ? 0 : eventEnd[step - 2];
    }

    /** The events of one step (1-based). */
    public List<Event> eventsOf(int step) {
        return Collections.unmodifiableList(events.subList(eventsBefore(step), eventsBefore(step + 1)));
    }

    /** The events of the step that led to the cursor (none at the start). */
    public List<Event> lastEvents() {
        return cursor == 0 ? List.of() : eventsOf(cursor);
    }

    /**
     * Takes a choice at the cursor. The same choice as the recorded next step just moves the cursor
     * (its events stay as they were); another one drops the recorded future first.
     */
    public Step take(Choice choice) {
        if (cursor < length() && choices.get(cursor).equals(choice)) {
            cursor++;
            return new Step(current(), eventsOf(cursor));
        }
        Step step = current().take(choice);
        record(choice, step);
        return step;
    }

    /**
     * Appends a step computed elsewhere (a background run to the end) from the machine at the cursor.
     * The step must be {@code current().take(choice)}.
     */
    public void record(Choice choice, Step step) {
        truncate();
        machines.add(step.machine());
        choices.add(choice);
        events.addAll(step.events());
        if (eventEnd.length < choices.size()) {
            eventEnd = java.util.Arrays.copyOf(eventEnd, eventEnd.length * 2);
        }
        eventEnd[choices.size() - 1] = events.size();
        cursor++;
    }

    /** Moves the cursor to a recorded position (0 is the start). */
    public void moveTo(int position) {
        if (position < 0 || position > length()) {
            throw new IndexOutOfBoundsException("No step " + position + " in a history of " + length());
        }
        cursor = position;
    }

    public boolean canBack() {
        return cursor > 0;
    }

    public boolean canForward() {
        return cursor < length();
    }

    /** Drops the steps after the cursor. */
    public void truncate() {
        int end = eventsBefore(cursor + 1);
        events.subList(end, events.size()).clear();
        machines.subList(cursor + 1, machines.size()).clear();
        choices.subList(cursor, choices.size()).clear();
    }
}
