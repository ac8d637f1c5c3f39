package org.jixiao.io.internal.json;

import static org.jixiao.io.internal.json.ModelReader.build;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.evaluation.Trace;
import org.jspecify.annotations.Nullable;

/**
 * Reads a trace of either version of the evaluation document: {@code rule}, {@code method},
 * {@code reason} and {@code figures} in both, the reason's code and arguments as /1's {@code
 * reasonCode} and {@code reasonArgs} or /2's {@code code} and {@code args} (the accessors of
 * {@code Trace}).
 */
final class TraceReader {
  private TraceReader() {}

  /** A trace object: /1 names the reason's code {@code reasonCode}, /2 {@code code}. */
  static Trace trace(JsonIn in, EvaluationForm form) throws IOException {
    in.expectObject(JsonWords.TRACE);
    String path = in.path();
    Required required = new Required(path, "rule", "method", "reason");
    Trace.Builder trace = Trace.builder();
    CodedReason coded = new CodedReason();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "reasonCode":
            case "reasonArgs":
              form.shows(in, 1, name);
              traceField(in, name, trace, coded);
              break;
            case "code":
              form.shows(in, 2, name);
              if (!in.isNull()) {
                coded.code = in.string();
              }
              break;
            case "args":
              form.shows(in, 2, name);
              if (!in.isNull()) {
                reasonArgs(in, coded);
              }
              break;
            case "rule":
            case "method":
            case "reason":
            case "figures":
              traceField(in, name, trace, coded);
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    coded.applyTo(trace);
    return build(in, path, trace::build);
  }

  /** One of the trace's fields under its /1 name (also the names /2's trace object shares). */
  static void traceField(JsonIn in, String name, Trace.Builder trace, CodedReason coded)
      throws IOException {
    switch (name) {
      case "rule":
        trace.rule(in.string());
        break;
      case "method":
        trace.method(in.string());
        break;
      case "reason":
        trace.reason(in.string());
        break;
      case "reasonCode":
        coded.code = in.string();
        break;
      case "reasonArgs":
        reasonArgs(in, coded);
        break;
      case "figures":
        trace.figures(figures(in));
        break;
      default:
        in.skip();
    }
  }

  private static void reasonArgs(JsonIn in, CodedReason coded) throws IOException {
    in.expectObject(JsonWords.REASON_ARGUMENTS);
    in.fields(key -> coded.args.put(key, in.string()));
  }

  /** A reason's code and arguments as read; set after the reason text, whatever the field order. */
  static final class CodedReason {
    @Nullable String code;
    final Map<String, String> args = new LinkedHashMap<>();

    void applyTo(Trace.Builder trace) {
      if (code != null) {
        trace.code(code);
      }
      // with or without a code: a custom rule's text reason may carry the figures and texts it
      // was made from, and Trace.equals compares them
      trace.putAllArgs(args);
    }
  }

  private static Map<String, BigDecimal> figures(JsonIn in) throws IOException {
    in.expectObject(JsonWords.FIGURES);
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    in.fields(name -> figures.put(name, in.decimal()));
    return figures;
  }
}
