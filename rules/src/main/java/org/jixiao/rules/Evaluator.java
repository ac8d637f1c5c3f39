package org.jixiao.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.internal.Wording;
import org.jixiao.rules.internal.engine.Engine;
import org.jixiao.rules.internal.engine.ParallelEvaluation;
import org.jixiao.rules.internal.engine.PartRegistry;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.Part;

/**
 * Evaluates projects and tables under a {@link Profile}: derives the execution rate, scores
 * every indicator, allocates and rescales weights, totals, grades, derives the status and runs
 * the checks. Every number in the result carries its trace.
 *
 * <p>An evaluator is immutable and thread-safe: build one and share it. {@link
 * #evaluateAll(Stream, int)} uses it from several threads to evaluate a stream on every core,
 * giving the results in input order.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(Profiles.get("mof-2020"));
 * Evaluation e = evaluator.evaluate(project);
 * e.score();   // Optional[85.84]
 * e.grade();   // Optional[GOOD]
 *
 * // a custom part replaces a built-in by id
 * Evaluator mine = Evaluator.builder()
 *     .profile(Profiles.defaultProfile())
 *     .replace(BuiltInIds.EXECUTION_RATE, new MyExecutionScorer())
 *     .disable(BuiltInIds.OVER_BUDGET)
 *     .build();
 * }</pre>
 *
 * <p>The built-in parts and their ids are listed in {@link BuiltInIds}.
 */
public final class Evaluator {
  private static final Evaluator DEFAULT = of(Profiles.defaultProfile());

  private final Profile profile;
  private final Engine engine;

  private Evaluator(Profile profile, Engine engine) {
    this.profile = profile;
    this.engine = engine;
  }

  /** An evaluator with the built-in parts under {@code profile}. */
  public static Evaluator of(Profile profile) {
    return builder().profile(profile).build();
  }

  /** An evaluator with the built-in parts under the default profile ({@code mof-2020}). */
  public static Evaluator defaults() {
    return DEFAULT;
  }

  /** A builder, starting from the default profile and the built-in parts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  /** The ids of the parts, in the order they run (scorers in the order they are tried). */
  public List<String> partIds() {
    return engine.parts().all().stream().map(Part::id).collect(Collectors.toUnmodifiableList());
  }

  /** Evaluates one project. */
  public Evaluation evaluate(Project project) {
    return engine.evaluate(Objects.requireNonNull(project, "project"));
  }

  /** Evaluates every project of a table, and adds findings about the table as a whole. */
  public TableEvaluation evaluate(PerformanceTable table) {
    return engine.evaluate(Objects.requireNonNull(table, "table"));
  }

  /**
   * Like {@link #evaluate(PerformanceTable)}, and hands each project's evaluation to {@code
   * listener} as soon as it is made, in table order, on the calling thread: for progress reports
   * on long tables.
   */
  public TableEvaluation evaluate(PerformanceTable table, Consumer<? super Evaluation> listener) {
    return engine.evaluate(Objects.requireNonNull(table, "table"), Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The part with the given id, built-in or custom, if this evaluator has one. A custom part can
   * delegate to a built-in one it wraps, and tests can check a built-in part on its own.
   */
  public Optional<Part> part(String id) {
    return engine.parts().all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The part with the given id, typed: for a custom part that wraps a built-in one, for example
   * {@code Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE, ExecutionScorer.class)}. Empty
   * when there is no part with that id; an {@link IllegalArgumentException} when there is one of
   * another kind, naming both.
   */
  public <T extends Part> Optional<T> part(String id, Class<T> kind) {
    Optional<Part> found = part(id);
    if (found.isPresent() && !kind.isInstance(found.get())) {
      throw new IllegalArgumentException(
          "part '" + id + "' is a " + found.get().getClass().getName() + ", not a " + kind.getName());
    }
    return found.map(kind::cast);
  }

  /**
   * Evaluates a stream of projects lazily, in order, each with its project: for summaries and
   * reports that need the amounts or the text beside the score while streaming a large table in
   * constant memory. Table-level checks are not run, as in {@link #evaluateAll(Stream)}.
   */
  public Stream<Evaluated> evaluateEach(Stream<Project> projects) {
    return projects.map(p -> new Evaluated(p, evaluate(p)));
  }

  /**
   * Evaluates a stream of projects lazily, one at a time, in order: nothing is buffered, so a
   * table of any size streams in constant memory. Table-level checks need the whole table and
   * are not run; use {@link #evaluate(PerformanceTable)} for them.
   */
  public Stream<Evaluation> evaluateAll(Stream<Project> projects) {
    return projects.map(this::evaluate);
  }

  /**
   * Evaluates a stream of projects on {@code parallelism} threads and gives the evaluations in
   * the order of the projects. Memory stays bounded: the projects are read on the calling
   * thread as the results are consumed, and at most {@code 128 × parallelism} of them are in
   * flight. With {@code parallelism} 1 everything runs on the calling thread, one project at a
   * time.
   *
   * <p>The parts are called from several threads at once: built-in parts are stateless, and a
   * custom part must be thread-safe (see {@link Part}). A part that fails stops the stream: the
   * evaluations before the failing project are delivered, then its {@link
   * PartFailureException} (which names the project's 序号) is thrown on the consuming thread,
   * with a suppressed note giving its position in the stream. The projects' stream throwing a
   * {@code RuntimeException} (a reader meeting a malformed line) stops it in its place: the
   * evaluations of the projects read before it are delivered first, whatever the number of
   * threads (an {@code Error} stops it at once). <b>Close the stream</b> (try with
   * resources) when you stop before its end: closing stops the worker threads and closes {@code
   * projects}; reaching the end or a failure stops them too. Worker threads are daemons.
   *
   * <p>While the JVM's JIT compiler is still busy compiling (the first tens of seconds of a
   * process), one worker fewer runs, so that the compiler has a core: the code becomes fast
   * sooner. On two cores, a 100 k-project run of the command line took about a tenth less time
   * than with both cores evaluating from the start. Once the compiler has settled, all {@code
   * parallelism} workers run, for this stream and every later one of the process.
   *
   * @param projects the projects, read on the consuming thread, in order
   * @param parallelism the number of worker threads, at least 1; {@code
   *     Runtime.getRuntime().availableProcessors()} to use every core
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   */
  public Stream<Evaluation> evaluateAll(Stream<Project> projects, int parallelism) {
    Objects.requireNonNull(projects, "projects");
    return ParallelEvaluation.map(projects, this::evaluate, parallelism);
  }

  /**
   * {@link #evaluateEach(Stream)} on {@code parallelism} threads, in order and in bounded memory,
   * as {@link #evaluateAll(Stream, int)}.
   */
  public Stream<Evaluated> evaluateEach(Stream<Project> projects, int parallelism) {
    return evaluateEach(projects, parallelism, Function.identity());
  }

  /**
   * {@link #evaluateEach(Stream, int)} with a last step, {@code then}, run on the worker thread
   * that evaluated the project: to render, serialise or condense each result while the other
   * threads work, so that the consuming thread only writes. Results come in the order of the
   * projects, in bounded memory. An exception thrown by {@code then} stops the stream as a
   * failing part does (the results before it are delivered first). With {@code parallelism} 1
   * everything runs on the calling thread.
   *
   * @param projects the projects, read on the consuming thread, in order
   * @param parallelism the number of worker threads, at least 1
   * @param then what to make of each project and its evaluation; must be thread-safe
   * @param <R> what {@code then} makes
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   */
  public <R> Stream<R> evaluateEach(
      Stream<Project> projects, int parallelism, Function<? super Evaluated, ? extends R> then) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(then, "then");
    Function<Project, R> work = p -> Objects.requireNonNull(then.apply(new Evaluated(p, evaluate(p))), "then returned null");
    return ParallelEvaluation.map(projects, work, parallelism);
  }

  /**
   * Scores one indicator on its own, before weights: what the scorer chain decides about its
   * target and actual text. Useful to test a vocabulary or a custom scorer.
   */
  public IndicatorVerdict judge(Indicator indicator) {
    Project project =
        Project.builder()
            .name("(indicator)")
            .moneyUnit(MoneyUnit.YUAN)
            .indicators(org.jixiao.core.indicator.IndicatorSet.of(indicator))
            .build();
    return engine.judge(project, indicator, 0);
  }

  /** Scores one indicator of a project on its own, before weights. */
  public IndicatorVerdict judge(Project project, int index) {
    return engine.judge(project, project.indicators().indicators().get(index), index);
  }

  @Override
  public String toString() {
    return "Evaluator(" + profile.id() + ", " + partIds() + ")";
  }

  /**
   * Builds {@link Evaluator}s. Conflicts surface in {@link #build()} as an
   * {@link IllegalStateException} naming the id: two parts with one id, a replacement or
   * disabled id naming no part, a second part of a kind an evaluator has exactly one of
   * (execution scorer, weights, grade, status), or such a part disabled.
   */
  public static final class Builder {
    private Profile profile = Profiles.defaultProfile();
    private final List<Part> added = new ArrayList<>();
    private final Map<String, Part> replacements = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private Locale locale = Locale.CHINESE;
    private final List<MessageCatalog> catalogs = new ArrayList<>();
    // Parts that came from ServiceLoader, so that a conflict message can say so.
    private final Map<Part, Boolean> loaded = new IdentityHashMap<>();

    private Builder() {}

    /**
     * The language of the findings' messages and the traces' reasons: Chinese unless set; {@link
     * Locale#ENGLISH} (any English locale) for English. It applies to the built-in findings and
     * reasons ({@link Messages}) and to those of custom parts whose codes a catalog given to
     * {@link #messages} words. Codes and arguments are the same in every language.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The texts of custom parts' codes, so that their findings and coded reasons follow {@link
     * #locale} as the built-in ones do. The evaluator words every finding whose code one of these
     * catalogs words in its own language, from the code and arguments the part gave (code,
     * arguments, severity and location stay as the part made them), whether the part gave its
     * message as text or as a catalog's wording in any language; it formats a trace's coded reason
     * ({@code Trace.code()}) the same way. A finding or trace whose code no catalog words stays as
     * its part worded it. Like the built-in ones, a message is filled in only when it is first
     * read.
     *
     * <pre>{@code
     * Evaluator english = Evaluator.builder()
     *     .locale(Locale.ENGLISH)
     *     .add(new ZeroSpendingCheck())
     *     .messages(ZeroSpendingCheck.CATALOG)   // words BUREAU-0001 in English
     *     .build();
     * }</pre>
     *
     * <p>Giving the same catalog again changes nothing.
     *
     * @param catalogs the custom parts' catalogs
     * @return this builder
     * @throws IllegalArgumentException when a catalog words a code beginning {@code JX-} (jixiao's
     *     own codes: a later version may add any of them), or a code that another catalog given to
     *     this builder words too; the message names the codes
     */
    public Builder messages(MessageCatalog... catalogs) {
      Wording.addCatalogs(this.catalogs, catalogs);
      return this;
    }

    /** The profile ({@code mof-2020} unless set). */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The bundled profile with this id; see {@link Profiles#get}. */
    public Builder profile(String id) {
      return profile(Profiles.get(id));
    }

    /**
     * Adds a part. A scorer is tried before the built-in scorers (in the order added); a check
     * runs after the built-in checks. A part whose {@link Part#replaces()} names a part
     * replaces it instead.
     */
    public Builder add(Part part) {
      added.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    /** Replaces the part with id {@code id} (a built-in, say {@link BuiltInIds#QUANTITATIVE}) by {@code part}. */
    public Builder replace(String id, Part part) {
      Objects.requireNonNull(part, "part");
      Part previous = replacements.put(Objects.requireNonNull(id, "id"), part);
      if (previous != null) {
        problems.add("two parts replace '" + id + "': '" + previous.id() + "' and '" + part.id() + "'");
      }
      return this;
    }

    /** Leaves out the part with id {@code id} (a scorer or a check). */
    public Builder disable(String id) {
      disabled.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /**
     * Adds every {@link Part} the {@link ServiceLoader} finds through {@code loader}, sorted by
     * id so that the order does not depend on the class path. Each is added as by {@link #add}.
     */
    public Builder loadParts(ClassLoader loader) {
      return loadParts(loader, part -> true);
    }

    /**
     * Like {@link #loadParts(ClassLoader)}, keeping only the parts {@code filter} accepts: a jar
     * on the path that provides parts does not join every evaluator built this way (for example
     * {@code part -> part.id().startsWith("bureau-")}).
     */
    public Builder loadParts(ClassLoader loader, Predicate<? super Part> filter) {
      Objects.requireNonNull(filter, "filter");
      List<Part> found = new ArrayList<>();
      ServiceLoader.load(Part.class, loader).forEach(found::add);
      found.sort((a, b) -> a.id().compareTo(b.id()));
      for (Part part : found) {
        if (filter.test(part)) {
          loaded.put(part, Boolean.TRUE);
          add(part);
        }
      }
      return this;
    }

    /**
     * The evaluator.
     *
     * @throws IllegalStateException on a conflict between parts, naming the id
     */
    public Evaluator build() {
      if (!problems.isEmpty()) {
        throw new IllegalStateException(problems.get(0));
      }
      Set<String> off = new LinkedHashSet<>(profile.disabledParts());
      off.addAll(disabled);
      return new Evaluator(
          profile,
          new Engine(
              profile,
              PartRegistry.resolve(
                  added,
                  replacements,
                  off,
                  part -> "'" + part.id() + "'" + (loaded.containsKey(part) ? " (loaded by ServiceLoader: " + part.getClass().getName() + ")" : "")),
              Wording.of(locale, catalogs)));
    }
  }
}
