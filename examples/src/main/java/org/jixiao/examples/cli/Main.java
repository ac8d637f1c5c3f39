package org.jixiao.examples.cli;

import java.io.PrintWriter;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The jixiao command line: {@code evaluate}, {@code validate}, {@code convert} and {@code review}.
 * Exit codes: 0 success, 1 when {@code validate} found an ERROR or {@code review} returned a
 * project, 2 for usage or input errors (one line on stderr; the stack trace only with
 * {@code --debug}), 3 for an unexpected internal error.
 */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Read, check, score and convert budget-project performance self-evaluations (预算项目绩效自评).",
    subcommands = {
      EvaluateCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      ReviewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for usage and input errors. */
  static final int INPUT_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "JX-C-0111 " + CliText.ZH.get("JX-C-0111") + " / " + CliText.EN.get("JX-C-0111"));
  }

  /**
   * Runs the command line and returns its exit code. A file named by {@code --output} is put in
   * place only when the command ends without an error ({@link OutputFiles}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    OneLineErrors errors = new OneLineErrors();
    cli.setExecutionExceptionHandler(errors);
    OutputFiles files = OutputFiles.begin();
    boolean ended = false;
    try {
      int code = cli.execute(args);
      ended = true;
      return endRun(files, !errors.failed, code, cli, err);
    } finally {
      if (!ended) { // an Error on its way out: leave nothing half written
        try {
          files.end(false);
        } catch (java.io.IOException e) {
          // the Error says what went wrong; a part file that stays is named .NAME.….part
        }
      }
    }
  }

  /** Puts the run's output files in place, or says on stderr that a failed run wrote none. */
  private static int endRun(OutputFiles files, boolean succeeded, int code, CommandLine cli, PrintWriter err) {
    CliText text = OneLineErrors.text(cli.getParseResult());
    try {
      files.end(succeeded);
    } catch (java.io.IOException e) {
      err.println("jixiao: JX-C-0117 " + text.get("JX-C-0117", "message", OneLineErrors.oneLine(e, text)));
      err.flush();
      return INPUT_ERROR;
    }
    if (!succeeded && files.opened() > 0) {
      err.println("jixiao: JX-C-0204 " + text.get("JX-C-0204"));
      err.flush();
    }
    return code;
  }

  /** Entry point of {@code jixiao-cli.jar}. */
  public static void main(String[] args) {
    PrintWriter out = Terminal.utf8(System.out);
    PrintWriter err = Terminal.utf8(System.err);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Input problems become one line on stderr and exit code 2; --debug adds the stack trace. */
  private static final class OneLineErrors implements IExecutionExceptionHandler {
    /** Whether a command failed: its output files are then dropped. */
    boolean failed;

    /** The language a run asked for with --lang (the default when it could not be parsed). */
    static CliText text(@Nullable ParseResult parsed) {
      return parsed != null && parsed.subcommands().stream().anyMatch(p -> "en".equals(p.matchedOptionValue("--lang", "zh"))) ? CliText.EN : CliText.ZH;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      failed = true;
      boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      PrintWriter err = cli.getErr();
      CliText text = text(parsed);
      if (e instanceof InputError || e instanceof JixiaoReadException || e instanceof java.io.IOException
          || e instanceof java.io.UncheckedIOException) {
        err.println("jixiao: " + oneLine(e, text));
        if (debug) {
          e.printStackTrace(err);
        }
        err.flush();
        return INPUT_ERROR;
      }
      err.println("jixiao: " + (debug ? oneLine(e, text) : "JX-C-0110 " + text.get("JX-C-0110", "message", oneLine(e, text))));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return 3;
    }

    static String oneLine(Exception e, CliText text) {
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        message = e.getClass().getSimpleName();
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        message = "JX-C-0101 " + text.get("JX-C-0101", "file", message);
      }
      // a reader's error leads with its stable code, as every finding line does
      if (e instanceof JixiaoReadException r && r.code().isPresent() && !message.contains(r.code().get())) {
        message = r.code().get() + " " + message;
      }
      return message.replace('\n', ' ');
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"jixiao " + (v == null ? "(development build)" : v)};
    }
  }
}
