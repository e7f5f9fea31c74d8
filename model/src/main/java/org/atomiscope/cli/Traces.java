package org.atomiscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.atomiscope.trace.AtomicFiles;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFile;
import org.atomiscope.trace.TraceFormat;

/** Writing the files commands produce, with the one-sentence messages every command prints. */
final class Traces {
    private Traces() {}

    static TraceFormat format(String name, PrintWriter err) throws Loading.Failed {
        TraceFormat f = TraceFormat.byName(name).orElse(null);
        if (f == null) {
            err.println("atomiscope: unknown trace format '" + name + "': use json, chrome or csv.");
            throw new Loading.Failed(ExitCode.USAGE);
        }
        return f;
    }

    /** Writes a trace whole or not at all; says where it went, or why nothing was written. */
    static boolean write(Path file, TraceFormat format, Trace trace, PrintWriter out, PrintWriter err) {
        try {
            TraceFile.write(file, format, trace);
        } catch (IOException e) {
            return failed(file, e, err);
        }
        out.println("trace: written to " + file + ": " + trace.schedule().size() + " steps, " + trace.events().size() + " events, "
            + format.displayName() + ".");
        out.flush();
        return true;
    }

    /** Writes text (a table) whole or not at all. */
    static boolean writeText(Path file, String text, PrintWriter err) {
        try {
            AtomicFiles.writeString(file, text);
            return true;
        } catch (IOException e) {
            return failed(file, e, err);
        }
    }

    private static boolean failed(Path file, IOException e, PrintWriter err) {
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
            why = (e instanceof java.nio.file.AccessDeniedException ? "permission denied: " : "no such file or folder: ") + why;
        }
        err.println("atomiscope: could not write " + file + ": " + why.replaceAll("\\.$", "") + ". Nothing was written.");
        err.flush();
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
