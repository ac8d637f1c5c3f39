package org.jixiao.examples.cli;

import java.io.PrintWriter;
import org.jixiao.io.JixiaoReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The jixiao command line: {@code evaluate}, {@code validate} and {@code convert}. Exit codes:
 * 0 success, 1 when {@code validate} found an ERROR, 2 for usage or input errors (one line on
 * stderr; the stack trace only with {@code --debug}).
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

  /** Runs the command line and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new OneLineErrors());
    return cli.execute(args);
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
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      PrintWriter err = cli.getErr();
      CliText text = parsed.subcommands().stream().anyMatch(p -> "en".equals(p.matchedOptionValue("--lang", "zh"))) ? CliText.EN : CliText.ZH;
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

    private static String oneLine(Exception e, CliText text) {
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
