// Writes the bench module's first N generated projects (BenchData: seed 20190606, the data of every
// jixiao benchmark) twice: as a TSV disclosure table (what the CLI reads) and as JSON Lines (what
// the Spark job reads). Run as a source file on the bench jar's class path:
//   java -cp bench/target/benchmarks.jar spark/bench/WriteBenchData.java DIR N
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.bench.BenchData;
import org.jixiao.core.project.Project;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;

public class WriteBenchData {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve("table-" + n + ".tsv"), StandardCharsets.UTF_8))) {
      TableWriter.builder().format(TableFormat.TSV).build().write(BenchData.table(n), out);
    }
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve("projects-" + n + ".jsonl"), StandardCharsets.UTF_8));
        JsonLinesWriter<Project> lines = JixiaoJson.defaults().projectLinesWriter(out);
        Stream<Project> projects = BenchData.projects(n)) {
      for (Project p : (Iterable<Project>) projects::iterator) {
        lines.write(p);
      }
    }
  }
}
