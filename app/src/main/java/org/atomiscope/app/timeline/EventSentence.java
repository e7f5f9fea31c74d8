package org.atomiscope.app.timeline;

import java.util.List;
import org.atomiscope.machine.Event;
import org.atomiscope.stepper.Relations;

/**
 * The status line for a hovered mark: who did what at which step and line, and what its arrows
 * mean in words ("reads the 191 main wrote at step 1: plain, so nothing is ordered by it").
 */
final class EventSentence {
    private EventSentence() {
    }

    static String of(RunTrack t, JointAxis axis, int run, int i, String runTitle, int position) {
        Event e = t.event(i);
        StringBuilder sb = new StringBuilder();
        if (runTitle != null) {
            sb.append(runTitle).append(" · ");
        }
        sb.append(e.agentName()).append(" · step ").append(axis.joint(run, t.stepOf(i)))
            .append(" · ").append(e.kind() == Event.Kind.CONSOLE ? "prints " + e.text() : e.text());
        if (e.pos() != null) {
            sb.append(" (line ").append(e.pos().line()).append(')');
        }
        boolean any = false;
        for (Relations.Arrow a : into(t.arrows(), i)) {
            any = true;
            Event from = t.event(a.fromEvent());
            int step = axis.joint(run, t.stepOf(a.fromEvent()));
            switch (a.kind()) {
                case READS_FROM -> sb.append(" · reads what ").append(from.agentName()).append(" wrote at step ")
                    .append(step).append(" (").append(from.text()).append("); plain, so nothing is ordered by it");
                case SYNC -> sb.append(" · synchronizes with ").append(from.agentName()).append("'s ")
                    .append(from.text()).append(" at step ").append(step)
                    .append(": everything before it happens before this");
                case FLUSH -> sb.append(" · the store ").append(from.agentName()).append(" buffered at step ")
                    .append(step).append(" reaches memory");
            }
        }
        if (!any && (e.kind() == Event.Kind.READ || e.kind() == Event.Kind.RMW) && e.access() != null) {
            sb.append(" · reads the buffer's initial value");
        }
        if (t.stepOf(i) > position) {
            sb.append(" · recorded, after the cursor: not yet happened");
        }
        return sb.toString();
    }

    /** The arrows ending at event i (arrows are ordered by target). */
    private static List<Relations.Arrow> into(List<Relations.Arrow> arrows, int i) {
        int lo = 0;
        int hi = arrows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (arrows.get(mid).toEvent() < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < arrows.size() && arrows.get(end).toEvent() == i) {
            end++;
        }
        return arrows.subList(lo, end);
    }
}
