package io.fatti.tools.ner;

import picocli.CommandLine;

/** Runs a tool's command from its own {@code main}, handling errors as {@code fatti <command>} does. */
final class ToolMain {

    private ToolMain() {
    }

    /** Invalid arguments print one clear line and give exit code 2; returns the exit code. */
    static int run(Object command, String[] args) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
