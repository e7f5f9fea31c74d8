package org.atomiscope.app.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.atomiscope.analysis.ScenarioAnalysis;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;

/**
 * Explores a program under each memory model in turn, off the FX thread. Cancelling is noticed at
 * the explorer's progress reports (every {@value Explorer#PROGRESS_EVERY} states) and between models,
 * which stops the search by unwinding it with a {@link CancellationException}.
 */
public final class ExploreTask extends Task<List<Explorer.Result>> {
    private final Program program;
    private final List<MemoryModel> models;
    private final long maxStates;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ScenarioAnalysis.Report analysis;
    private volatile String analysisFailure;

    /** Seeded random runs per model the analyses examine besides the witnesses (as the command line's explore). */
    static final int RANDOM_RUNS = 8;

    ExploreTask(Program program, List<MemoryModel> models, long maxStates) {
        this.program = program;
        this.models = List.copyOf(models);
        this.maxStates = maxStates;
    }

    @Override
    protected List<Explorer.Result> call() {
        try {
            List<Explorer.Result> out = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                if (isCancelled()) {
                    throw new CancellationException("Exploring was cancelled.");
                }
                MemoryModel m = models.get(i);
                String name = m.shortName();
                int done = i;
                updateMessage(name + ": exploring…");
                updateProgress(done, models.size());
                out.add(Explorer.explore(program.withModel(m), maxStates, (states, transitions) -> {
                    if (isCancelled()) {
                        throw new CancellationException("Exploring was cancelled.");
                    }
                    updateMessage(String.format("%s: %,d states", name, states));
                    // The state limit bounds each model's share of the bar; most searches end well before it.
                    updateProgress(done + Math.min(1.0, states / (double) maxStates), models.size());
                }));
            }
            // The analyses look at each outcome's witness besides a few runs: races, lost updates, deadlocks.
            updateMessage("Looking for data races, lost updates and deadlocks…");
            Map<String, Explorer.Result> byId = new LinkedHashMap<>();
            out.forEach(r -> byId.put(r.model(), r));
            try {
                analysis = ScenarioAnalysis.analyze(program.source, models, byId, RANDOM_RUNS);
            } catch (RuntimeException e) {
                // The table is worth showing even if the analyses fail; the failure is said in Problems.
                analysisFailure = "The analyses failed after exploring (" + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()) + "); this is a bug, please report it with the scenario.";
            }
            updateProgress(1, 1);
            return out;
        } finally {
            stopped.countDown();
        }
    }

    /** Why the analyses found nothing, when they failed (the exploration's table still stands); else null. */
    public String analysisFailure() {
        return analysisFailure;
    }

    /** What the analyses found, once the task has succeeded (null if they failed). */
    public ScenarioAnalysis.Report analysis() {
        return analysis;
    }

    /** Waits until the background search has really stopped (after finishing, failing or being cancelled). */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }
}
