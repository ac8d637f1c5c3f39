package org.jixiao.rules.review;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.PartFailureException;
import org.jixiao.rules.internal.Wording;
import org.jixiao.rules.internal.review.BuiltInReviewChecks;
import org.jixiao.rules.internal.review.Years;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;

/**
 * Reviews declared performance targets (绩效目标审核): per declaration, the opinions of every
 * check and a verdict — 通过, 修改后通过 or 退回.
 *
 * <p>Immutable and thread-safe: build one per profile and share it. Checks run in order, the
 * built-in ones first; the verdict is {@link ReviewVerdict#RETURN} when any opinion is an ERROR
 * or more checks raised a WARNING than the profile's {@link
 * ReviewProfile#maxFlaggedChecksToPass()}, {@link
 * ReviewVerdict#PASS_AFTER_CHANGES} when there is any WARNING, else {@link ReviewVerdict#PASS}.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.builder().add(new MyBureauCheck()).build();
 * TableReview result = reviewer.review(declarations, OptionalInt.empty(), OptionalInt.of(2023));
 * }</pre>
 */
public final class Reviewer {
  private static final Reviewer DEFAULT = builder().build();

  private final ReviewProfile profile;
  private final List<ReviewCheck> checks;
  private final Wording wording;

  private Reviewer(ReviewProfile profile, List<ReviewCheck> checks, Wording wording) {
    this.profile = profile;
    this.checks = List.copyOf(checks);
    this.wording = wording;
  }

  /** A reviewer with the built-in checks under the default profile, opinions in Chinese. */
  public static Reviewer defaults() {
    return DEFAULT;
  }

  /** A builder, starting from the default profile and the built-in checks. */
  public static Builder builder() {
    return new Builder();
  }

  /** The profile in force. */
  public ReviewProfile profile() {
    return profile;
  }

  /** The ids of the checks, in run order. */
  public List<String> checkIds() {
    return checks.stream().map(ReviewCheck::id).collect(Collectors.toUnmodifiableList());
  }

  /** Reviews one declaration against a budget year. */
  public Review review(Project declaration, BudgetYear year) {
    return review(declaration, year, Set.of());
  }

  /**
   * Reviews one declaration against a budget year, knowing which fields its form prints (see
   * {@link ReviewContext#formFields()}): a field the form has no row for is not reported missing.
   */
  public Review review(Project declaration, BudgetYear year, Set<String> formFields) {
    Objects.requireNonNull(declaration, "declaration");
    ReviewContext context = new ReviewContext(profile, Objects.requireNonNull(year, "year"), formFields);
    List<Opinion> opinions = new ArrayList<>();
    for (ReviewCheck check : checks) {
      List<Finding> found;
      try {
        found = check.check(declaration, context);
      } catch (RuntimeException e) {
        throw new PartFailureException(
            check.id(), declaration.seq(), declaration.name(), "threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
      }
      if (found == null) {
        throw new PartFailureException(
            check.id(), declaration.seq(), declaration.name(), "returned null instead of a list of findings", null);
      }
      for (Finding f : found) {
        opinions.add(new Opinion(check.aspect(), wording.finding(f)));
      }
    }
    return new Review(profile.id(), declaration.code(), declaration.seq(), declaration.name(), verdict(opinions), opinions);
  }

  /**
   * Reviews declarations together: the budget year is the one the document states when it states
   * one, else the one given, else the year their own dates name most often.
   *
   * @param declarations the declarations, in order
   * @param documentYear the year the document states (a title, a 年度 cell), if any
   * @param givenYear the year the caller gives ({@code --year}), if any
   */
  public TableReview review(List<Project> declarations, OptionalInt documentYear, OptionalInt givenYear) {
    return review(declarations, documentYear, givenYear, Set.of());
  }

  /**
   * Reviews the declarations a reader read (its table's projects), with the year the document
   * states ({@link PerformanceTable#fiscalYear()}) and the fields its form prints, which the
   * declaration readers record in the table's metadata under {@value #FORM_FIELDS} (names
   * separated by commas): the Ministry's 申报表 has no 政策依据 row, and its declarations are not
   * returned for leaving it out.
   *
   * @param declarations the declarations as read
   * @param givenYear the year the caller gives ({@code --year}), if any
   */
  public TableReview review(PerformanceTable declarations, OptionalInt givenYear) {
    String fields = declarations.metadata().getOrDefault(FORM_FIELDS, "");
    Set<String> formFields = new java.util.HashSet<>();
    for (int from = 0; from < fields.length(); ) { // by hand: the libraries split no user text by a regular expression
      int comma = fields.indexOf(',', from);
      int to = comma < 0 ? fields.length() : comma;
      if (!fields.substring(from, to).isBlank()) {
        formFields.add(fields.substring(from, to).strip());
      }
      from = to + 1;
    }
    return review(declarations.projects(), declarations.fiscalYear(), givenYear, formFields);
  }

  /** The key of a table's metadata that lists the fields its declarations' form prints. */
  public static final String FORM_FIELDS = "formFields";

  private TableReview review(List<Project> declarations, OptionalInt documentYear, OptionalInt givenYear, Set<String> formFields) {
    BudgetYear year = Years.budgetYear(declarations, documentYear, givenYear);
    List<Review> reviews = new ArrayList<>(declarations.size());
    for (Project p : declarations) {
      reviews.add(review(p, year, formFields));
    }
    return new TableReview(profile.id(), year, reviews);
  }

  private ReviewVerdict verdict(List<Opinion> opinions) {
    java.util.Set<String> flagged = new java.util.HashSet<>();
    for (Opinion o : opinions) {
      Severity s = o.finding().severity();
      if (s == Severity.ERROR) {
        return ReviewVerdict.RETURN;
      }
      if (s == Severity.WARNING) {
        flagged.add(o.finding().rule());
      }
    }
    if (flagged.size() > profile.maxFlaggedChecksToPass()) {
      return ReviewVerdict.RETURN;
    }
    return flagged.isEmpty() ? ReviewVerdict.PASS : ReviewVerdict.PASS_AFTER_CHANGES;
  }

  @Override
  public String toString() {
    return "Reviewer(" + profile.id() + ", " + checkIds() + ")";
  }

  /**
   * Builds {@link Reviewer}s. Conflicts surface in {@link #build()} as an {@link
   * IllegalStateException} naming the id: two checks with one id, a replaced or disabled id that
   * names no check.
   */
  public static final class Builder {
    private ReviewProfile profile = ReviewProfile.defaults();
    private final List<ReviewCheck> added = new ArrayList<>();
    private final Map<String, ReviewCheck> replacements = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<ReviewCheck, Boolean> loaded = new IdentityHashMap<>();
    private Locale locale = Locale.CHINESE;
    private final List<MessageCatalog> catalogs = new ArrayList<>();

    private Builder() {}

    /** The review profile (the defaults unless set). */
    public Builder profile(ReviewProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The language of the opinions: Chinese unless set; any English locale for English. It applies
     * to the built-in opinions and to those of custom checks whose codes a catalog given to {@link
     * #messages} words.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The texts of custom checks' codes, so that their opinions follow {@link #locale} as the
     * built-in ones do: an opinion whose code one of these catalogs words is worded in the
     * reviewer's language from its code and arguments, which stay as the check gave them; one
     * whose code no catalog words stays as its check worded it. As {@code
     * Evaluator.Builder.messages}; giving the same catalog again changes nothing.
     *
     * @param catalogs the custom checks' catalogs
     * @return this builder
     * @throws IllegalArgumentException when a catalog words a code beginning {@code JX-} (jixiao's
     *     own), or a code that another catalog given to this builder words too; the message names
     *     the codes
     */
    public Builder messages(MessageCatalog... catalogs) {
      Wording.addCatalogs(this.catalogs, catalogs);
      return this;
    }

    /** Adds a check after the built-in ones; one whose {@link ReviewCheck#replaces()} names a check replaces it. */
    public Builder add(ReviewCheck check) {
      added.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /** Replaces the check with id {@code id} by {@code check}, in its place. */
    public Builder replace(String id, ReviewCheck check) {
      ReviewCheck previous = replacements.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(check, "check"));
      if (previous != null && previous != check) {
        throw new IllegalStateException("two checks replace '" + id + "': '" + previous.id() + "' and '" + check.id() + "'");
      }
      return this;
    }

    /** Leaves out the check with id {@code id}. */
    public Builder disable(String id) {
      disabled.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Adds every {@link ReviewCheck} the {@link ServiceLoader} finds through {@code loader}, sorted by id. */
    public Builder loadChecks(ClassLoader loader) {
      return loadChecks(loader, check -> true);
    }

    /** Like {@link #loadChecks(ClassLoader)}, keeping only the checks {@code filter} accepts. */
    public Builder loadChecks(ClassLoader loader, Predicate<? super ReviewCheck> filter) {
      List<ReviewCheck> found = new ArrayList<>();
      ServiceLoader.load(ReviewCheck.class, loader).forEach(found::add);
      found.sort((a, b) -> a.id().compareTo(b.id()));
      for (ReviewCheck c : found) {
        if (filter.test(c)) {
          loaded.put(c, Boolean.TRUE);
          add(c);
        }
      }
      return this;
    }

    /**
     * The reviewer.
     *
     * @throws IllegalStateException on a conflict between checks, naming the id
     */
    public Reviewer build() {
      List<ReviewCheck> checks = new ArrayList<>(BuiltInReviewChecks.all());
      Map<String, ReviewCheck> replacing = new LinkedHashMap<>(replacements);
      List<ReviewCheck> extra = new ArrayList<>();
      for (ReviewCheck c : added) {
        if (c.replaces().isPresent()) {
          ReviewCheck previous = replacing.put(c.replaces().get(), c);
          if (previous != null && previous != c) {
            throw new IllegalStateException(
                "two checks replace '" + c.replaces().get() + "': " + name(previous) + " and " + name(c));
          }
        } else {
          extra.add(c);
        }
      }
      for (Map.Entry<String, ReviewCheck> r : replacing.entrySet()) {
        int at = indexOf(checks, r.getKey());
        if (at < 0) {
          throw new IllegalStateException("no check with id '" + r.getKey() + "' to replace with " + name(r.getValue()));
        }
        checks.set(at, r.getValue());
      }
      checks.addAll(extra);
      Map<String, ReviewCheck> ids = new LinkedHashMap<>();
      for (ReviewCheck c : checks) {
        ReviewCheck other = ids.putIfAbsent(Objects.requireNonNull(c.id(), "check id"), c);
        if (other != null) {
          throw new IllegalStateException("two checks have the id '" + c.id() + "': " + name(other) + " and " + name(c));
        }
      }
      Set<String> off = new LinkedHashSet<>(profile.disabledChecks());
      off.addAll(disabled);
      for (String id : off) {
        int at = indexOf(checks, id);
        if (at < 0) {
          throw new IllegalStateException("no check with id '" + id + "' to disable");
        }
        checks.remove(at);
      }
      return new Reviewer(profile, checks, Wording.of(locale, catalogs));
    }

    private String name(ReviewCheck c) {
      return "'" + c.id() + "'" + (loaded.containsKey(c) ? " (loaded by ServiceLoader: " + c.getClass().getName() + ")" : "");
    }

    private static int indexOf(List<ReviewCheck> checks, String id) {
      for (int i = 0; i < checks.size(); i++) {
        if (checks.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }
  }
}
