package org.atomiscope.app.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;
import org.junit.jupiter.api.Test;

/** The heatmap's statistics, on small hand-made event lists. */
class CellStatsTest {
    private static final String[] NAMES = {"main", "a", "b"};

    private static Event write(long step, int agent, int byteIndex, double v, boolean atomic, boolean local) {
        return event(step, agent, Event.Kind.WRITE, new Event.Access(0, byteIndex, ElementType.INT32, "ia", byteIndex / 4,
            atomic, v, v, local));
    }

    private static Event read(long step, int agent, int byteIndex, double v, boolean atomic) {
        return event(step, agent, Event.Kind.READ, new Event.Access(0, byteIndex, ElementType.INT32, "ia", byteIndex / 4,
            atomic, v, Double.NaN, false));
    }

    private static Event rmw(long step, int agent, int byteIndex, double old, double now) {
        return event(step, agent, Event.Kind.RMW, new Event.Access(0, byteIndex, ElementType.INT32, "ia", byteIndex / 4,
            true, old, now, false));
    }

    private static Event event(long step, int agent, Event.Kind kind, Event.Access a) {
        return new Event(step, agent, NAMES[agent], kind, null, () -> kind.toString(), a, List.of());
    }

    /** main fills ia[0] and ia[3] before sharing; a and b then use ia[1], ia[2], ia[3]. */
    private static List<Event> lesson() {
        List<Event> e = new ArrayList<>();
        e.add(write(1, 0, 0, 7, false, true));
        e.add(write(1, 0, 12, 9, false, true));
        e.add(write(2, 1, 4, 5, false, false)); // a: ia[1] = 5, plain
        e.add(read(3, 2, 4, 5, true)); // b: Atomics.load(ia, 1)
        e.add(rmw(4, 2, 8, 0, 1)); // b: Atomics.add(ia, 2, 1)
        e.add(rmw(5, 1, 8, 1, 2)); // a: Atomics.add(ia, 2, 1)
        e.add(read(6, 1, 12, 9, false)); // a reads main's local write: ordered by sharing
        return e;
    }

    @Test
    void countsReadsWritesAtomicAndPlainPerCell() {
        CellStats s = new CellStats(0, ElementType.INT32, 16);
        s.sync(lesson());

        assertThat(s.cellCount()).isEqualTo(4);
        assertThat(new int[] {s.writes(0), s.reads(0), s.plain(0), s.atomic(0), s.lastWriter(0)})
            .containsExactly(1, 0, 1, 0, 0);
        assertThat(new int[] {s.writes(1), s.reads(1), s.plain(1), s.atomic(1), s.lastWriter(1)})
            .containsExactly(1, 1, 1, 1, 1);
        // A read-modify-write both reads and writes, atomically.
        assertThat(new int[] {s.writes(2), s.reads(2), s.plain(2), s.atomic(2), s.lastWriter(2)})
            .containsExactly(2, 2, 0, 2, 1);
        assertThat(s.maxWrites()).isEqualTo(2);
        assertThat(s.maxReads()).isEqualTo(2);
        assertThat(s.writtenCount()).isEqualTo(4);
    }

    @Test
    void marksRacesOnlyWherePlainSharedAccessesOfTwoAgentsMeetAWrite() {
        CellStats s = new CellStats(0, ElementType.INT32, 16);
        s.sync(lesson());

        assertThat(s.race(0)).as("only main touched ia[0]").isFalse();
        assertThat(s.race(1)).as("a writes plainly, b loads: nothing orders them").isTrue();
        assertThat(s.race(2)).as("two agents, but every access atomic").isFalse();
        assertThat(s.race(3)).as("main's write was before the buffer was shared").isFalse();
        assertThat(s.raceCount()).isEqualTo(1);
    }

    @Test
    void anAccessCountsForEveryCellItsBytesShare() {
        List<Event> e = List.of(write(1, 1, 4, 5, false, false));
        CellStats bytes = new CellStats(0, ElementType.UINT8, 16);
        CellStats doubles = new CellStats(0, ElementType.FLOAT64, 16);
        bytes.sync(e);
        doubles.sync(e);

        for (int c = 0; c < 16; c++) {
            assertThat(bytes.writes(c)).as("byte %d", c).isEqualTo(c >= 4 && c < 8 ? 1 : 0);
        }
        assertThat(doubles.cellCount()).isEqualTo(2);
        assertThat(doubles.writes(0)).isEqualTo(1);
        assertThat(doubles.writes(1)).isZero();
    }

    @Test
    void ignoresOtherBlocksNotifiesAndAccessesBeyondTheView() {
        List<Event> e = List.of(
            event(1, 1, Event.Kind.WRITE, new Event.Access(1, 0, ElementType.INT32, "other", 0, false, 1, 1, false)),
            event(2, 1, Event.Kind.NOTIFY, new Event.Access(0, 0, ElementType.INT32, "ia", 0, true, 1, Double.NaN, false)),
            write(3, 1, 16, 1, false, false));
        CellStats s = new CellStats(0, ElementType.INT32, 16);
        s.sync(e);

        assertThat(s.writtenCount()).isZero();
        assertThat(s.reads(0)).isZero();
    }

    @Test
    void aStoreBufferFlushChangesTheLastWriterButCountsNoAccess() {
        Event flush = event(3, 2, Event.Kind.MEMORY, new Event.Access(0, 0, ElementType.INT32, "ia", 0, false, 4, 4, false));
        CellStats s = new CellStats(0, ElementType.INT32, 4);
        s.sync(List.of(write(1, 2, 0, 4, false, false), write(2, 1, 0, 3, false, false), flush));

        assertThat(s.writes(0)).isEqualTo(2);
        assertThat(s.lastWriter(0)).as("b's store reached memory last").isEqualTo(2);
    }

    @Test
    void followsAGrowingListAndTakesEventsBackAfterStepsBackOrAnotherChoice() {
        List<Event> all = lesson();
        CellStats once = new CellStats(0, ElementType.INT32, 16);
        once.sync(all);
        CellStats stepwise = new CellStats(0, ElementType.INT32, 16);

        for (int n = 0; n <= all.size(); n++) {
            assertThat(stepwise.sync(all.subList(0, n))).as("step %d is read incrementally", n).isFalse();
        }
        for (int c = 0; c < 4; c++) {
            assertThat(stepwise.writes(c)).isEqualTo(once.writes(c));
            assertThat(stepwise.reads(c)).isEqualTo(once.reads(c));
            assertThat(stepwise.race(c)).isEqualTo(once.race(c));
        }

        assertThat(stepwise.sync(all.subList(0, 3))).as("a step back").isTrue();
        assertThat(stepwise.reads(1)).isZero();
        assertThat(stepwise.race(1)).isFalse();

        List<Event> forked = new ArrayList<>(all.subList(0, 2));
        forked.add(write(2, 2, 4, 6, true, false)); // another choice at the same step: b stores atomically
        assertThat(stepwise.sync(forked)).as("a different choice replaces the last event").isTrue();
        assertThat(stepwise.lastWriter(1)).isEqualTo(2);
        assertThat(stepwise.atomic(1)).isEqualTo(1);
        assertThat(stepwise.plain(1)).isZero();
    }

    /**
     * Every way a cursor moves over a run (back and forth, then a different choice) leaves the same
     * statistics as counting its events afresh: counts, last writers, races and maxima, in two views.
     */
    @Test
    void takingEventsBackLeavesWhatCountingAfreshGives() {
        List<Event> run = new ArrayList<>(lesson());
        run.add(write(7, 2, 4, 8, false, false)); // b: ia[1] = 8, a race with a's write, and the new last writer
        run.add(read(8, 1, 8, 2, false));
        run.add(event(9, 1, Event.Kind.MEMORY, new Event.Access(0, 4, ElementType.INT32, "ia", 1, false, 5, 5, false)));
        run.add(write(10, 1, 8, 3, false, false)); // ia[2]: the third write, the new maximum
        List<Event> fork = new ArrayList<>(run.subList(0, 5));
        fork.add(read(6, 2, 0, 7, false));
        for (ElementType type : List.of(ElementType.INT32, ElementType.UINT8)) {
            CellStats moving = new CellStats(0, type, 16);
            int[] cursor = {11, 3, 9, 0, 6, 11, 10, 7};
            for (int n : cursor) {
                moving.sync(run.subList(0, n));
                assertSame(moving, fresh(run.subList(0, n), type), type + " at " + n);
            }
            moving.sync(run.subList(0, 8));
            moving.sync(fork);
            assertSame(moving, fresh(fork, type), type + " after another choice");
        }
    }

    private static CellStats fresh(List<Event> events, ElementType type) {
        CellStats s = new CellStats(0, type, 16);
        s.sync(new ArrayList<>(events));
        return s;
    }

    private static void assertSame(CellStats actual, CellStats expected, String where) {
        for (int c = 0; c < expected.cellCount(); c++) {
            assertThat(new Object[] {actual.reads(c), actual.writes(c), actual.atomic(c), actual.plain(c), actual.lastWriter(c),
                actual.race(c)}).as("cell %d, %s", c, where).containsExactly(expected.reads(c), expected.writes(c),
                expected.atomic(c), expected.plain(c), expected.lastWriter(c), expected.race(c));
        }
        assertThat(new int[] {actual.maxReads(), actual.maxWrites(), actual.raceCount(), actual.writtenCount()}).as(where)
            .containsExactly(expected.maxReads(), expected.maxWrites(), expected.raceCount(), expected.writtenCount());
    }

    @Test
    void theCatalogTakesBackTheNamesAndTypesOfEventsAStepBackRemoved() {
        BlockCatalog c = new BlockCatalog();
        List<Event> e = new ArrayList<>(lesson());
        e.add(event(7, 1, Event.Kind.WRITE, new Event.Access(1, 0, ElementType.UINT8, "bytes", 0, false, 1, 1, false)));
        e.add(event(8, 1, Event.Kind.WRITE, new Event.Access(1, 0, ElementType.FLOAT64, "doubles", 0, false, 1, 1, false)));
        e.add(event(9, 1, Event.Kind.WRITE, new Event.Access(1, 0, ElementType.FLOAT64, "doubles", 0, false, 1, 1, false)));
        c.sync(e);
        assertThat(c.preferredType(1)).isEqualTo(ElementType.FLOAT64);

        assertThat(c.sync(e.subList(0, 8))).as("a step back").isTrue();
        assertThat(c.name(1)).isEqualTo("bytes");
        assertThat(c.preferredType(1)).as("one Uint8 and one Float64 access: the earlier listed").isEqualTo(ElementType.UINT8);
        c.sync(e.subList(0, 7));
        assertThat(c.name(1)).as("no access to block 1 left").isNull();
        assertThat(c.preferredType(1)).isNull();
        assertThat(c.label(1, 8)).isEqualTo("buffer 1 — 8 bytes");
        c.sync(e);
        assertThat(c.name(1)).isEqualTo("bytes");
    }

    @Test
    void theCatalogNamesBlocksAndPrefersTheTypeMostAccessesUse() {
        BlockCatalog c = new BlockCatalog();
        List<Event> e = new ArrayList<>(lesson());
        e.add(event(7, 1, Event.Kind.WRITE, new Event.Access(1, 0, ElementType.UINT8, "bytes", 0, false, 1, 1, false)));
        c.sync(e);

        assertThat(c.label(0, 400)).isEqualTo("ia — 400 bytes");
        assertThat(c.label(1, 400000)).isEqualTo("bytes — 400,000 bytes");
        assertThat(c.label(2, 16)).isEqualTo("buffer 2 — 16 bytes");
        assertThat(c.preferredType(0)).isEqualTo(ElementType.INT32);
        assertThat(c.preferredType(1)).isEqualTo(ElementType.UINT8);
        assertThat(c.preferredType(2)).isNull();
    }

    @Test
    void theHistoryListsEveryAccessToTheCellInOrder() {
        CellStats s = new CellStats(0, ElementType.INT32, 16);
        List<Event> e = lesson();
        s.sync(e);

        assertThat(CellDetails.history(s, 1, e)).containsExactly(
            "#2  a  plain write ia[1] = 5",
            "#3  b  atomic read ia[1] → 5");
        assertThat(CellDetails.history(s, 2, e)).containsExactly(
            "#4  b  atomic read-modify-write ia[2]: 0 → 1",
            "#5  a  atomic read-modify-write ia[2]: 1 → 2");
        assertThat(CellDetails.tooltip(s, 1, "ia[1]", "5", "a", e))
            .contains("ia[1]   (bytes 4–7)", "value now: 5", "1 write, 1 read, atomic and plain; last written by a",
                "Race: plain accesses from different agents", "#3  b  atomic read ia[1] → 5");
    }

    @Test
    void aSmallBufferFillsTheAreaWithTheLargestCellsThatShowItWhole() {
        // 100 cells on 1200 × 250: rows of 20 (or 25) give 48-pixel cells; rows of 20 are easier to count.
        GridLayout small = GridLayout.of(100, 1240, 250, 40);
        assertThat(small.columns()).isEqualTo(20);
        assertThat(small.cellSize()).isEqualTo(GridLayout.MAX_CELL);
        assertThat(small.rows()).isEqualTo(5);
        assertThat(small.contentHeight()).isLessThanOrEqualTo(250);
        // The 06 lesson's tab: 880 × 190.
        GridLayout lesson = GridLayout.of(100, 880, 190, 40);
        assertThat(lesson.columns()).isEqualTo(20);
        assertThat(lesson.cellSize()).isBetween(GridLayout.READABLE_CELL, GridLayout.MAX_CELL);
        assertThat(lesson.contentHeight()).isLessThanOrEqualTo(190);

        assertThat(small.cellAt(40 + 48 * 17 + 3, 48 + 5, 0)).isEqualTo(37);
        assertThat(small.cellAt(40 + 48 * 2 + 3, 48 * 2 + 5, 0)).isEqualTo(42);
        assertThat(small.cellAt(10, 5, 0)).as("in the gutter").isEqualTo(-1);
    }

    @Test
    void aSmallBufferThatCannotShowWholeScrollsThroughReadableCells() {
        // 400 bytes as Uint8 on 860 × 190: whole, cells would be 16 pixels; instead rows of 25 cells of 32.
        GridLayout bytes = GridLayout.of(400, 860, 190, 40);
        assertThat(bytes.columns()).isEqualTo(25);
        assertThat(bytes.cellSize()).isEqualTo(32);
        assertThat(bytes.rows()).isEqualTo(16);
        // A low area (a large font's toolbar and legend): slightly smaller cells that show every one.
        GridLayout low = GridLayout.of(100, 1200, 70, 40);
        assertThat(low.columns()).isEqualTo(50);
        assertThat(low.cellSize()).isBetween(GridLayout.WHOLE_CELL, GridLayout.READABLE_CELL);
        assertThat(low.contentHeight()).isLessThanOrEqualTo(70);
    }

    @Test
    void aLargeBufferGetsLongRowsOfSmallCells() {
        GridLayout primes = GridLayout.of(100_000, 1500, 600, 60);
        assertThat(primes.columns()).isEqualTo(100);
        assertThat(primes.cellSize()).isEqualTo(14);
        assertThat(primes.rows()).isEqualTo(1000);
        assertThat(primes.cellAt(60 + 1, 1, primes.cellSize() * 10)).as("scrolled ten rows").isEqualTo(1000);
    }
}
