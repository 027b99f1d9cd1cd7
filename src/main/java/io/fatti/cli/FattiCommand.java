package io.fatti.cli;

import io.fatti.tools.ner.EvaluateNer;
import io.fatti.tools.ner.TrainNer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fatti} command line: {@code java -jar target/fatti-cli.jar <command> ...}. The tools' commands
 * ({@code train-ner}, {@code evaluate-ner}) are declared with their options in {@code io.fatti.tools.ner}.
 */
@Command(name = "fatti", mixinStandardHelpOptions = true, version = "fatti 0.1.0",
        description = "Structured, typed facts from Italian news articles.",
        subcommands = {ExtractCommand.class, FactsCommand.class, ScoreCommand.class, BenchCommand.class,
            TrainNer.class, EvaluateNer.class, RenderCommand.class, DiffCommand.class})
public final class FattiCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with its error handling: invalid arguments print one clear line and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FattiCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("fatti " + commandLine.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
