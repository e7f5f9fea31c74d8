package org.atomiscope.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Trace files: written whole or not at all, read back only after checking them by replay. */
public final class TraceFile {
    private TraceFile() {}

    /** Writes whole or not at all ({@link AtomicFiles}): a failure leaves an existing file as it was. UTF-8. */
    public static void write(Path file, TraceFormat format, Trace trace) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            format.write(trace, w);
            w.flush(); // not closed: AtomicFiles closes the stream before moving the file into place
        });
    }

    /**
     * Reads a native JSON trace and checks it by replaying its schedule (see {@link #parse}).
     *
     * @throws TraceException with one sentence naming the file when it cannot be read or is refused
     */
    public static Trace read(Path file) throws TraceException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TraceException("There is no trace file " + file + ".", e);
        } catch (CharacterCodingException e) {
            throw new TraceException(file + " is not an Atomiscope trace: it is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new TraceException("Could not read " + file + ": " + e.getMessage() + ".", e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses a native JSON trace and checks it: the format and version, every field, that the
     * embedded scenario compiles, that each schedule step is possible where it comes, and that
     * replaying the schedule gives exactly the recorded events (and outcome). The trace returned
     * holds the replayed schedule and events.
     *
     * @param fileName names the file in messages
     * @throws TraceException with one sentence naming the file and what is wrong
     */
    public static Trace parse(String text, String fileName) throws TraceException {
        return TraceReader.parse(text, fileName);
    }
}
