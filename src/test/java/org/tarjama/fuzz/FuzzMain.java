package org.tarjama.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test method, {@code org.tarjama.fuzz.Class#method}, in this JVM: Jazzer fuzzes one target per
 * JVM, so the {@code fuzz} profile (pom.xml) starts one of these per target. Exit 0 when the target passed,
 * 1 on a finding.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain org.tarjama.fuzz.SomeFuzzTest#method");
            System.exit(2);
        }
        // every target takes the raw bytes
        String method = args[0].contains("(") ? args[0] : args[0] + "(byte[])";
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(method)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary s = listener.getSummary();
        s.printFailuresTo(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true), 40);
        System.err.println("fuzz " + args[0] + ": " + s.getTestsSucceededCount() + " passed, " + s.getTestsFailedCount()
                + " failed");
        System.exit(s.getTestsFailedCount() == 0 && s.getTestsFoundCount() > 0 ? 0 : 1);
    }
}
