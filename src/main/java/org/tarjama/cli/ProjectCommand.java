package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tarjama project}: alignment projects (made by {@code align --format project}, reviewed by {@code review}). */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Alignment projects: stats, export to TMX/TSV, realign what is not confirmed.",
            "A project is made by 'tarjama align --format project -o FILE EN AR' and reviewed with 'tarjama review FILE'."},
        subcommands = {ProjectStatsCommand.class, ProjectExportCommand.class, ProjectRealignCommand.class})
public final class ProjectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (stats, export, realign)");
    }
}
