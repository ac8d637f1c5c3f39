package org.jixiao.io.internal.json;

import static org.jixiao.io.internal.json.ModelReader.build;
import static org.jixiao.io.internal.json.ModelReader.optionalString;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;

/**
 * Reads findings (a table's checks, an evaluation's findings) and their locations from a
 * streaming parser, as {@link ModelReader} reads the model: unknown fields skipped, a missing
 * required field or a wrong value failing with the JSON path.
 */
final class FindingReader {
  private FindingReader() {}

  /** A list of findings. */
  static List<Finding> findings(JsonIn in) throws IOException {
    List<Finding> findings = new ArrayList<>();
    in.elements(() -> findings.add(finding(in)));
    return findings;
  }

  /** One finding. */
  static Finding finding(JsonIn in) throws IOException {
    in.expectObject(JsonWords.FINDING);
    String path = in.path();
    Required required = new Required(path, "rule", "severity", "message");
    Finding.Builder finding = Finding.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "rule":
              finding.rule(in.string());
              break;
            case "severity":
              finding.severity(in.enumValue(Severity.class));
              break;
            case "message":
              finding.message(in.string());
              break;
            case "code":
              finding.code(in.string());
              break;
            case "args":
              if (!in.isNull()) {
                in.expectObject(JsonWords.FINDING_ARGUMENTS);
                in.fields(key -> finding.putArgs(key, in.string()));
              }
              break;
            case "location":
              if (!in.isNull()) {
                finding.location(location(in));
              }
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, finding::build);
  }

  private static Location location(JsonIn in) throws IOException {
    in.expectObject(JsonWords.LOCATION);
    String path = in.path();
    Location.Builder location = Location.builder();
    in.fields(
        name -> {
          switch (name) {
            case "seq":
              if (!in.isNull()) {
                location.seq(in.integer());
              }
              break;
            case "line":
              if (!in.isNull()) {
                location.line(in.longValue());
              }
              break;
            case "column":
              if (!in.isNull()) {
                location.column(in.integer());
              }
              break;
            case "path":
              location.path(optionalString(in));
              break;
            case "text":
              location.text(optionalString(in));
              break;
            default:
              in.skip();
          }
        });
    return build(in, path, location::build);
  }
}
