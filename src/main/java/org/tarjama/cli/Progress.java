package org.tarjama.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal and not {@code --quiet};
 * redrawn at most ten times a second.
 */
public final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private long lastDraw;
    private long done;

    public Progress(PrintWriter err, String label, long total, boolean quiet) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = !quiet && System.console() != null && System.getenv("CI") == null;
    }

    public void step(long n) {
        done += n;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) {
            lastDraw = now;
            draw();
        }
    }

    private void draw() {
        if (total > 0) {
            int pct = (int) Math.min(100, done * 100 / total);
            int bars = pct / 4;
            err.print("\r" + label + " [" + "#".repeat(bars) + " ".repeat(25 - bars) + "] " + pct + "% (" + done + "/" + total + ")");
        } else {
            err.print("\r" + label + " " + done);
        }
        err.flush();
    }

    @Override
    public void close() {
        if (enabled) {
            draw();
            err.println();
            err.flush();
        }
    }
}
