package org.clausebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar clausebook.jar <command>}: a thin layer over the build stages. */
@Command(name = "clausebook", mixinStandardHelpOptions = true, version = "clausebook 0.1.0",
        description = "Builds the Clausebook knowledge base: versioned multilingual Markdown into a static site.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, NewCommand.class, SearchCommand.class,
                BumpCommand.class, LockCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the content", "2:usage error", "3:other failure (e.g. a template error)"})
public final class Main {
    /** Exit code when the content has problems. */
    public static final int CONTENT_ERRORS = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 3;
        });
        return cli.execute(args);
    }
}
