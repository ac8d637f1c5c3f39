package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --output} leaves behind: the whole result when the command succeeds, and the file
 * as it was when it fails (never half of a result); an input written onto itself is read whole
 * first; a failed read gives the same results before it on any number of threads.
 */
class CliOutputFileTest {
  /** The sample as JSON Lines repeated to 1,280 projects, line 1,000 broken. */
  private static Path brokenAtLine1000(Path dir) throws Exception {
    Path lines = dir.resolve("sample.jsonl");
    CliTest.Run converted = run("convert", CliTest.sample(dir).toString(), "--to", "jsonl", "--output", lines.toString());
    assertThat(converted.code()).as(converted.err()).isZero();
    List<String> one = Files.readAllLines(lines, StandardCharsets.UTF_8);
    List<String> many = new ArrayList<>();
    while (many.size() < 1_280) {
      many.addAll(one);
    }
    many.set(999, "{\"seq\": broken");
    Path broken = dir.resolve("broken.jsonl");
    Files.write(broken, many, StandardCharsets.UTF_8);
    return broken;
  }

  @Test
  void aRunThatFailsLeavesTheOutputFileAsItWasAndNoPartFile(@TempDir Path dir) throws Exception {
    Path broken = brokenAtLine1000(dir);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "last year's evaluations\n", StandardCharsets.UTF_8);
    CliTest.Run r = run("evaluate", broken.toString(), "--format", "jsonl", "--output", out.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("JX-I-0313").contains("第1000行").contains("JX-C-0204");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("last year's evaluations\n");
    assertThat(partFiles(dir)).isEmpty();
    // nor is a new file made by a run that fails
    Path fresh = dir.resolve("fresh.json");
    assertThat(run("evaluate", broken.toString(), "--format", "json", "--output", fresh.toString()).code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(fresh).doesNotExist();
    assertThat(partFiles(dir)).isEmpty();
  }

  @Test
  void aFailedReadGivesTheSameResultsBeforeItOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
    Path broken = brokenAtLine1000(dir);
    CliTest.Run one = run("evaluate", broken.toString(), "--format", "jsonl", "--threads", "1");
    assertThat(one.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(one.out().lines()).hasSize(999);
    for (String threads : new String[] {"2", "8"}) {
      CliTest.Run many = run("evaluate", broken.toString(), "--format", "jsonl", "--threads", threads);
      assertThat(many.code()).isEqualTo(Main.INPUT_ERROR);
      assertThat(many.out()).as("on " + threads + " threads").isEqualTo(one.out());
    }
  }

  @Test
  void anInputConvertedOntoItselfIsReadWholeBeforeItIsReplaced(@TempDir Path dir) throws Exception {
    Path lines = dir.resolve("sample.jsonl");
    assertThat(run("convert", CliTest.sample(dir).toString(), "--to", "jsonl", "--output", lines.toString()).code()).isZero();
    String before = Files.readString(lines, StandardCharsets.UTF_8);
    assertThat(before.lines()).hasSize(32);
    CliTest.Run again = run("convert", lines.toString(), "--to", "jsonl", "--output", lines.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(lines, StandardCharsets.UTF_8)).isEqualTo(before);
    CliTest.Run evaluated = run("evaluate", lines.toString(), "--format", "jsonl", "--output", lines.toString());
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    assertThat(Files.readString(lines, StandardCharsets.UTF_8).lines()).hasSize(32).allSatisfy(l -> assertThat(l).contains("\"score\""));
    assertThat(partFiles(dir)).isEmpty();
  }

  @Test
  void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path out = dir.resolve("report.txt");
    Files.writeString(out, "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    CliTest.Run r = run("evaluate", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("汇总");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
  }

  /** A link is followed: the file it names is written, made when it is not there yet. */
  @Test
  void aSymbolicLinkIsFollowed(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path dangling = dir.resolve("dangling.txt");
    Path existing = dir.resolve("existing.txt");
    try {
      Files.createSymbolicLink(dangling, sub.resolve("new.txt"));
      Files.writeString(sub.resolve("old.txt"), "old", StandardCharsets.UTF_8);
      Files.createSymbolicLink(existing, sub.resolve("old.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
    }
    for (Path link : List.of(dangling, existing)) {
      CliTest.Run r = run("evaluate", "--output", link.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.isSymbolicLink(link)).as(link.toString()).isTrue();
    }
    assertThat(Files.readString(sub.resolve("new.txt"), StandardCharsets.UTF_8)).contains("汇总");
    assertThat(Files.readString(sub.resolve("old.txt"), StandardCharsets.UTF_8)).contains("汇总");
    assertThat(partFiles(dir)).isEmpty();
    assertThat(partFiles(sub)).isEmpty();
  }

  /** A named pipe (as /dev/null, a terminal) cannot be replaced: it is written directly. */
  @Test
  void whatIsNotARegularFileIsWrittenDirectly(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    assumeTrue(made == 0, "mkfifo makes a named pipe here");
    AtomicLong read = new AtomicLong(-1);
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = Files.newInputStream(pipe)) {
                read.set(in.transferTo(OutputStream.nullOutputStream()));
              } catch (IOException e) {
                read.set(-2);
              }
            });
    reader.setDaemon(true); // blocked for good if the pipe were never opened for writing
    reader.start();
    CliTest.Run r = run("evaluate", "--format", "json", "--output", pipe.toString());
    reader.join(10_000);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get()).as("bytes read from the pipe").isPositive();
    assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(partFiles(dir)).isEmpty();
  }

  private static List<Path> partFiles(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
