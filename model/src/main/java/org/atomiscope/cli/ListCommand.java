package org.atomiscope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atomiscope list}: the scenario library, grouped by topic, in course order. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the scenario library by topic.")
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLibrary library = ScenarioLibrary.fromClasspath();
        int width = library.list().stream().mapToInt(s -> s.name().length()).max().orElse(10);
        for (Map.Entry<String, List<ScenarioSource>> topic : library.byTopic().entrySet()) {
            out.println(topic.getKey());
            for (ScenarioSource s : topic.getValue()) {
                out.printf("  %-" + width + "s  %s%n", s.name(), s.title());
            }
        }
        out.printf("%d scenarios. Run one with: atomiscope run <name>%n", library.size());
        out.flush();
        return ExitCode.COMPLETED;
    }
}
