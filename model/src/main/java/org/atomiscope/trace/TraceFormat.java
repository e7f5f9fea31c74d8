package org.atomiscope.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** The forms a trace can be written in. Only {@link #JSON} can be read back ({@link TraceFile#read}). */
public enum TraceFormat {
    /** The native format: everything needed to replay and check the run (docs/TRACES.md). */
    JSON("json", "Atomiscope trace (JSON)"),
    /** The Chrome Trace Event format, for Perfetto and chrome://tracing. */
    CHROME("json", "Chrome trace (Perfetto)"),
    /** One row per event, for spreadsheets. */
    CSV("csv", "CSV, one row per event");

    private final String extension;
    private final String displayName;

    TraceFormat(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    /** "json", "chrome" or "csv", in any case. */
    public static Optional<TraceFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (TraceFormat f : values()) {
            if (f.name().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Writes the trace; {@code out} is flushed, not closed. JSON and Chrome run the schedule once more
     * for the outcome, so a schedule that is not possible throws IllegalArgumentException.
     */
    public void write(Trace trace, Writer out) throws IOException {
        switch (this) {
            case JSON -> NativeWriter.write(trace, out);
            case CHROME -> ChromeWriter.write(trace, out);
            case CSV -> CsvWriter.write(trace, out);
            default -> throw new IllegalStateException(name());
        }
    }
}
