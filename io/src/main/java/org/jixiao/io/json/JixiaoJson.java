package org.jixiao.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.json.BoundedLineReader;
import org.jixiao.io.internal.json.EvaluationReader;
import org.jixiao.io.internal.json.EvaluationWriter;
import org.jixiao.io.internal.json.Indented;
import org.jixiao.io.internal.json.JacksonVersion;
import org.jixiao.io.internal.json.JixiaoModule;
import org.jixiao.io.internal.json.JsonIn;
import org.jixiao.io.internal.json.LoneSurrogateWriter;
import org.jixiao.io.internal.json.ModelReader;
import org.jixiao.io.internal.json.ModelWriter;
import org.jixiao.io.internal.json.RawJson;
import org.jixiao.io.internal.table.DecodingReader;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * JSON documents and JSON Lines streams of the model.
 *
 * <h2>Documents and schemas</h2>
 *
 * Three documents, each naming its versioned schema in a {@code "schema"} field: a table ({@value
 * #TABLE_SCHEMA}), a project ({@value #PROJECT_SCHEMA}) and an evaluation. An evaluation is
 * written as {@value #EVALUATION_SCHEMA} (the contract of the command line's {@code evaluate
 * --format json}) unless {@link Builder#evaluationSchema} asks for {@value
 * #EVALUATION_SCHEMA_V2}, whose names are the Java model's ({@link EvaluationSchema}: in /1 an
 * indicator's {@code category} is the most specific category and the execution result is flat;
 * in /2 {@code category} is {@code IndicatorResult.category()}, the level-1 one, and {@code
 * execution} is the {@code ExecutionResult}); /2 is recommended for new consumers. Every reader
 * of evaluations reads both versions into equal values. Their JSON Schema files (draft 2020-12)
 * are {@link #schema(String)}. Enum values are written as their
 * identifiers ({@code WAN_YUAN}, {@code GOOD}); with {@link Builder#writeLabels} each also gets a
 * {@code …Label} field with its Chinese label, which readers ignore. Absent optional fields are
 * left out of tables and projects; the evaluation contract's fields are always written, {@code
 * null} when absent.
 *
 * <p>Decimals are written exactly from their {@code BigDecimal} (plain, such as {@code 58.38}, or
 * with an exponent where plain text would change the scale) and read exactly, never through
 * {@code double}. A table read back from its JSON is {@code equals} to the one written. Text that
 * UTF-8 cannot carry, a lone surrogate (half of a pair, as cut-off or damaged input can leave in a
 * Java string), is written as its escape (<code>&#92;uD800</code>) by every writer, to a {@code
 * Writer}, a string or bytes, so that it reaches a file unchanged and reads back the same.
 *
 * <h2>Reading</h2>
 *
 * Invalid input — not JSON, a missing required field, a value of the wrong type, an unknown enum
 * identifier, a negative number where the schema forbids one, an unsupported schema version —
 * throws a {@link JixiaoReadException} naming the JSON path (such as {@code
 * $.projects[3].budget}), the line, the problem and the offending text. The problem has a stable
 * {@linkplain JixiaoReadException#code() code} ({@code JX-I-03xx}; bytes that are not UTF-8 {@code
 * JX-I-0140}) and is worded in Chinese by default, in English with {@link Builder#locale}; both
 * texts of every code are in {@link org.jixiao.io.ReadMessages}. Unknown fields are skipped. Parsing is bounded by
 * {@link StreamReadConstraints} — by default a document (or JSON Lines line) of at most {@value
 * #DEFAULT_MAX_DOCUMENT_LENGTH} characters, nesting at most {@value #DEFAULT_MAX_NESTING_DEPTH}
 * deep, strings of at most {@value #DEFAULT_MAX_STRING_LENGTH} characters and numbers of at most
 * {@value #DEFAULT_MAX_NUMBER_LENGTH} digits — and duplicate keys are rejected. A number's scale
 * must be within ±{@value #DEFAULT_MAX_NUMBER_SCALE} ({@link Builder#maxNumberScale}), so that
 * {@code 1E+999999999} is rejected with its path rather than handed on to code that would print
 * or round it.
 *
 * <h2>Jackson</h2>
 *
 * Everything goes through Jackson's streaming API with hand-written readers and writers: no
 * reflection, no polymorphic typing. {@link #module()} is a Jackson module with the same
 * serializers and deserializers for {@link PerformanceTable}, {@link Project}, {@link
 * TableEvaluation}, {@link Evaluation} and {@code Finding}, serializers for the parts a REST
 * service returns on their own ({@code IndicatorResult}, {@code ExecutionResult}, {@code
 * TableSummary}, {@code ReadResult}), and for nothing else, so registering it on your own
 * {@link ObjectMapper} changes no other type's JSON. {@link Builder#objectMapper} makes this class
 * use your mapper's factory (and so its constraints and features).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JixiaoJson {
  /** The schema id of a table document. */
  public static final String TABLE_SCHEMA = ModelWriter.TABLE_SCHEMA;

  /** The schema id of a project document. */
  public static final String PROJECT_SCHEMA = ModelWriter.PROJECT_SCHEMA;

  /**
   * The schema id of an evaluation document of the first version, the command line's contract
   * and what is written unless {@link Builder#evaluationSchema} says otherwise.
   */
  public static final String EVALUATION_SCHEMA = EvaluationWriter.SCHEMA_1;

  /**
   * The schema id of an evaluation document of the second version, whose names are the Java
   * model's (see {@link EvaluationSchema}); recommended for new consumers.
   */
  public static final String EVALUATION_SCHEMA_V2 = EvaluationWriter.SCHEMA_2;

  /** The schema id of a summary evaluation document ({@link EvaluationDetail#SUMMARY}) of /1. */
  public static final String EVALUATION_SUMMARY_SCHEMA = EvaluationWriter.SUMMARY_SCHEMA_1;

  /** The schema id of a summary evaluation document ({@link EvaluationDetail#SUMMARY}) of /2. */
  public static final String EVALUATION_SUMMARY_SCHEMA_V2 = EvaluationWriter.SUMMARY_SCHEMA_2;

  /** Default bound on a document's (or a JSON Lines line's) length, in characters: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Default bound on nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default bound on a string's length, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default bound on a number's length, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1_000;

  /**
   * Default bound on a number's scale, positive or negative: at most 1 000 decimal places, and no
   * exponent that ends the number more than 1 000 places left of the decimal point.
   */
  public static final int DEFAULT_MAX_NUMBER_SCALE = JsonIn.DEFAULT_MAX_SCALE;

  // Before anything else of this class touches Jackson: a clear error instead of NoSuchMethodError.
  static {
    JacksonVersion.require();
  }

  /**
   * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}, which Jackson has from 2.17 on; null before.
   * Declared before {@code DEFAULTS}, whose factory reads it.
   */
  private static final @Nullable JsonWriteFeature COMBINE_SURROGATES = combineSurrogates();

  private static final JixiaoJson DEFAULTS = builder().build();

  private final JsonFactory factory;
  private final ModelWriter writer;
  private final EvaluationWriter evaluations;
  private final boolean pretty;
  private final long maxLineLength;
  private final int maxNumberScale;
  private final Locale locale;

  private JixiaoJson(Builder builder) {
    this.maxNumberScale = builder.maxNumberScale;
    this.locale = builder.locale;
    JsonFactory given = builder.factory;
    this.factory = given != null ? given : newJsonFactory(builder.constraints);
    this.writer = new ModelWriter(builder.labels);
    this.evaluations =
        new EvaluationWriter(
            builder.evaluationSchema.version(),
            builder.labels,
            builder.detail == EvaluationDetail.SUMMARY);
    this.pretty = builder.pretty;
    this.maxLineLength = this.factory.streamReadConstraints().getMaxDocumentLength() > 0
        ? this.factory.streamReadConstraints().getMaxDocumentLength()
        : DEFAULT_MAX_DOCUMENT_LENGTH;
  }

  /** The instance with the defaults: our factory and constraints, compact output, no labels. */
  public static JixiaoJson defaults() {
    return DEFAULTS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default read constraints (see the class documentation). */
  public static StreamReadConstraints defaultReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(DEFAULT_MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH)
        .maxStringLength(DEFAULT_MAX_STRING_LENGTH)
        .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
        .build();
  }

  private static JsonFactory newJsonFactory(StreamReadConstraints constraints) {
    com.fasterxml.jackson.core.JsonFactoryBuilder builder = new com.fasterxml.jackson.core.JsonFactoryBuilder();
    builder.streamReadConstraints(constraints).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    JsonWriteFeature combine = COMBINE_SURROGATES;
    if (combine != null) {
      // Written as UTF-8 bytes, a character beyond the BMP (an emoji in a note) is then its four
      // bytes, as through a Writer, not a \uD83D\uDE00 escape: both ways give the same bytes.
      builder.enable(combine);
    }
    return builder.build();
  }

  private static @Nullable JsonWriteFeature combineSurrogates() {
    try {
      return JsonWriteFeature.valueOf("COMBINE_UNICODE_SURROGATES_IN_UTF8");
    } catch (IllegalArgumentException e) {
      return null; // Jackson 2.16: such characters are escaped on the byte path, the same text once read
    }
  }

  /**
   * A Jackson module for jixiao's public model types: the documents ({@link PerformanceTable},
   * {@link Project}, {@link TableEvaluation}, {@link Evaluation}) both ways, {@code Finding}
   * both ways (with its code, arguments and location), and {@code IndicatorResult}, {@code
   * ExecutionResult}, {@code TableSummary} and {@code ReadResult} written. Other types keep
   * Jackson's own handling. Evaluations are written as {@value #EVALUATION_SCHEMA}; its
   * deserializers read both versions and word the problems they throw in Chinese ({@link
   * #module(EvaluationSchema, Locale)} for another version or language). A repeated key is
   * rejected ({@code JX-I-0313}) whatever your mapper's factory allows, as this class's own
   * factory rejects it.
   */
  public static Module module() {
    return new JixiaoModule(false, 1, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * {@link #module()} writing evaluations, their parts and summaries in the given version: with
   * {@link EvaluationSchema#V2}, a REST service returns the names of the Java model. Reading
   * takes both versions either way.
   *
   * @param evaluationSchema the version of evaluation JSON to write
   * @return the module
   */
  public static Module module(EvaluationSchema evaluationSchema) {
    return module(evaluationSchema, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * {@link #module(EvaluationSchema)} whose deserializers word the problems they throw in the
   * language of {@code locale} (English for any English locale, else Chinese).
   *
   * @param evaluationSchema the version of evaluation JSON to write
   * @param locale the language of the problems
   * @return the module
   */
  public static Module module(EvaluationSchema evaluationSchema, Locale locale) {
    return new JixiaoModule(false, evaluationSchema.version(), locale);
  }

  /**
   * A new ObjectMapper set up the way this library reads and writes: the default read
   * constraints, duplicate keys rejected, {@link #module()} registered, {@code BigDecimal} for
   * every JSON decimal ({@code USE_BIG_DECIMAL_FOR_FLOATS}), decimals written plain, and no
   * default typing.
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder(newJsonFactory(defaultReadConstraints()))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .deactivateDefaultTyping()
        .addModule(module())
        .build();
  }

  /**
   * The JSON Schema (draft 2020-12) of a document, loaded from this module's resources (it works
   * on the module path as on the class path).
   *
   * @param document a document's name — {@code "table"}, {@code "project"}, {@code
   *     "evaluation"} or {@code "evaluation-summary"} (see {@link EvaluationDetail}), which are
   *     version 1, or the same with a version, such as {@code "evaluation-2"} or {@code
   *     "evaluation-summary-2"} — or a schema id such as {@value #EVALUATION_SCHEMA_V2}
   * @return the schema's text
   * @throws IllegalArgumentException for another name
   */
  public static String schema(String document) {
    String resource = schemaResource(document);
    try (InputStream in = JixiaoJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of an evaluation document of a version and detail.
   *
   * @param version the version
   * @param detail the detail
   * @return the schema's text
   */
  public static String schema(EvaluationSchema version, EvaluationDetail detail) {
    return schema(version.id(detail));
  }

  private static String schemaResource(String document) {
    String name = document;
    if (name.startsWith("jixiao.")) {
      // A schema id: jixiao.evaluation/2 is evaluation-2.schema.json.
      name = name.substring("jixiao.".length()).replace('/', '-');
    }
    switch (name) {
      case "table":
      case "table-1":
        return "table-1.schema.json";
      case "project":
      case "project-1":
        return "project-1.schema.json";
      case "evaluation":
      case "evaluation-1":
        return "evaluation-1.schema.json";
      case "evaluation-2":
        return "evaluation-2.schema.json";
      case "evaluation-summary":
      case "evaluation-summary-1":
        return "evaluation-summary-1.schema.json";
      case "evaluation-summary-2":
        return "evaluation-summary-2.schema.json";
      default:
        throw new IllegalArgumentException("no schema named '" + document + "'");
    }
  }

  // ---------------------------------------------------------------- tables

  /**
   * Writes a table document; the writer is flushed, not closed.
   *
   * @param table the table
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTable(PerformanceTable table, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      writer.table(g, table);
    }
  }

  /**
   * Writes a table document as UTF-8; the stream is flushed, not closed. Written by Jackson's UTF-8
   * generator: with an {@code objectMapper} of your own whose factory does not enable {@code
   * COMBINE_UNICODE_SURROGATES_IN_UTF8} (or with Jackson before 2.17), a character beyond the BMP
   * (an emoji) is written as its escape pair rather than raw; it reads back the same.
   *
   * @param table the table
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTable(PerformanceTable table, OutputStream out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      writer.table(g, table);
    }
  }

  /**
   * A table document as a string.
   *
   * @param table the table
   * @return the JSON
   */
  public String tableToJson(PerformanceTable table) {
    StringWriter out = new StringWriter();
    try {
      writeTable(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a table document (with or without a byte order mark).
   *
   * @param in the JSON
   * @return the table
   * @throws JixiaoReadException when the document is invalid
   * @throws IOException when reading fails
   */
  public PerformanceTable readTable(Reader in) throws IOException {
    return read(in, JixiaoJson::table);
  }

  /**
   * Reads a table document from bytes (UTF-8, with or without a byte order mark).
   *
   * @param in the JSON
   * @return the table
   * @throws JixiaoReadException when the document is invalid, or its bytes are not UTF-8 (the
   *     message gives the byte offset)
   * @throws IOException when reading fails
   */
  public PerformanceTable readTable(InputStream in) throws IOException {
    return parse(utf8(in), JixiaoJson::table);
  }

  /**
   * UTF-8 text of a stream, without a leading byte order mark. Bytes that are not UTF-8 fail the
   * read with their byte offset (JSON is UTF-8; silently replacing them would change strings).
   */
  private static Reader utf8(InputStream in) throws IOException {
    return DecodingReader.open(in, StandardCharsets.UTF_8, true);
  }

  /**
   * Reads a table document held in a string (with or without a byte order mark).
   *
   * @param json the JSON
   * @return the table
   * @throws JixiaoReadException when the document is invalid
   */
  public PerformanceTable readTable(String json) {
    return inMemory(() -> readTable(new StringReader(json)));
  }

  /**
   * Reads a table document held in bytes (UTF-8, with or without a byte order mark).
   *
   * @param json the JSON
   * @return the table
   * @throws JixiaoReadException when the document is invalid or its bytes are not UTF-8
   */
  public PerformanceTable readTable(byte[] json) {
    return inMemory(() -> readTable(new java.io.ByteArrayInputStream(json)));
  }

  /**
   * Reads a table document from a UTF-8 file (with or without a byte order mark).
   *
   * @param file the file
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws JixiaoReadException when the document is invalid
   */
  public PerformanceTable readTable(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readTable(in);
    }
  }

  // ---------------------------------------------------------------- projects

  /**
   * A project document as a string.
   *
   * @param project the project
   * @return the JSON
   */
  public String projectToJson(Project project) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      writer.projectBody(g, project, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a project document (with or without a byte order mark).
   *
   * @param json the JSON
   * @return the project
   * @throws JixiaoReadException when the document is invalid
   */
  public Project readProject(String json) {
    return inMemory(() -> read(new StringReader(json), i -> ModelReader.project(i, true)));
  }

  /**
   * Writes projects as JSON Lines, one project object per line (without a {@code "schema"}
   * field; each line follows the project schema otherwise).
   *
   * @param out where to write; closing the returned writer closes it
   * @return the writer
   * @throws IOException when the generator cannot be created
   */
  public JsonLinesWriter<Project> projectLinesWriter(Writer out) throws IOException {
    return new JsonLinesWriter<>(
        factory.createGenerator(new LoneSurrogateWriter(out)),
        (g, p) -> writer.projectBody(g, p, false));
  }

  /**
   * Reads projects from JSON Lines (the first line may open with a byte order mark).
   *
   * @param in the lines; closing the returned reader closes it
   * @return the reader
   */
  public JsonLinesReader<Project> projectLines(Reader in) {
    return new JsonLinesReader<>(
        new BoundedLineReader(in, maxLineLength, locale),
        factory,
        maxNumberScale,
        locale,
        i -> ModelReader.project(i, false));
  }

  // ---------------------------------------------------------------- evaluations

  /**
   * Writes an evaluation document (the command line's contract); the writer is flushed, not
   * closed.
   *
   * @param evaluation the evaluation
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeEvaluation(TableEvaluation evaluation, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      evaluations.tableEvaluation(g, evaluation);
    }
  }

  /**
   * A writer of an evaluation document that takes the evaluations one at a time, for tables too
   * long to hold: the same JSON as {@link #writeEvaluation(TableEvaluation, Writer)}.
   *
   * @param profile the id of the profile the evaluations were made under
   * @param out where to write; flushed, never closed
   * @return the writer; call {@link EvaluationDocumentWriter#finish} at the end
   * @throws IOException when the document cannot be started
   */
  public EvaluationDocumentWriter evaluationDocumentWriter(String profile, Writer out)
      throws IOException {
    return new EvaluationDocumentWriter(generator(out), evaluations, profile, this);
  }

  /**
   * {@link #evaluationDocumentWriter(String, Writer)} writing UTF-8 bytes straight to a stream:
   * the same bytes as through an {@code OutputStreamWriter} (a lone surrogate escaped in both),
   * without encoding the text a second time (the faster way for a large document). With the
   * factory of a mapper of your own ({@link Builder#objectMapper}) that does not enable {@code
   * COMBINE_UNICODE_SURROGATES_IN_UTF8} (or a Jackson before 2.17), a character beyond the BMP is
   * escaped (<code>&#92;uD83D&#92;uDE00</code>) where the {@code Writer} writes it as it is: the
   * same text once read.
   *
   * @param profile the id of the profile the evaluations were made under
   * @param out where to write; flushed, never closed
   * @return the writer; call {@link EvaluationDocumentWriter#finish} at the end
   * @throws IOException when the document cannot be started
   */
  public EvaluationDocumentWriter evaluationDocumentWriter(String profile, OutputStream out)
      throws IOException {
    return new EvaluationDocumentWriter(generator(out), evaluations, profile, this);
  }

  /**
   * Writes an evaluation document as UTF-8; the stream is flushed, not closed. Characters beyond
   * the BMP are written as {@link #writeTable(PerformanceTable, OutputStream)} says.
   *
   * @param evaluation the evaluation
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeEvaluation(TableEvaluation evaluation, OutputStream out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      evaluations.tableEvaluation(g, evaluation);
    }
  }

  /**
   * An evaluation document as a string.
   *
   * @param evaluation the evaluation
   * @return the JSON
   */
  public String evaluationToJson(TableEvaluation evaluation) {
    StringWriter out = new StringWriter();
    try {
      writeEvaluation(evaluation, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads an evaluation document (with or without a byte order mark).
   *
   * @param in the JSON
   * @return the evaluation
   * @throws JixiaoReadException when the document is invalid
   * @throws IOException when reading fails
   */
  public TableEvaluation readEvaluation(Reader in) throws IOException {
    return read(in, JixiaoJson::tableEvaluation);
  }

  /**
   * Reads an evaluation document from bytes (UTF-8, with or without a byte order mark).
   *
   * @param in the JSON
   * @return the evaluation
   * @throws JixiaoReadException when the document is invalid, or its bytes are not UTF-8 (the
   *     message gives the byte offset)
   * @throws IOException when reading fails
   */
  public TableEvaluation readEvaluation(InputStream in) throws IOException {
    return parse(utf8(in), JixiaoJson::tableEvaluation);
  }

  /**
   * Reads an evaluation document held in a string (with or without a byte order mark).
   *
   * @param json the JSON
   * @return the evaluation
   * @throws JixiaoReadException when the document is invalid
   */
  public TableEvaluation readEvaluation(String json) {
    return inMemory(() -> readEvaluation(new StringReader(json)));
  }

  /**
   * Reads an evaluation document held in bytes (UTF-8, with or without a byte order mark).
   *
   * @param json the JSON
   * @return the evaluation
   * @throws JixiaoReadException when the document is invalid or its bytes are not UTF-8
   */
  public TableEvaluation readEvaluation(byte[] json) {
    return inMemory(() -> readEvaluation(new java.io.ByteArrayInputStream(json)));
  }

  /** A read of text held in memory, which cannot fail for want of input. */
  private interface InMemoryRead<T> {
    T read() throws IOException;
  }

  private static <T> T inMemory(InMemoryRead<T> read) {
    try {
      return read.read();
    } catch (IOException e) {
      // A StringReader throws only once closed, which these methods never do.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes evaluations as JSON Lines, one evaluation object per line, each with its profile.
   *
   * @param out where to write; closing the returned writer closes it
   * @return the writer
   * @throws IOException when the generator cannot be created
   */
  public JsonLinesWriter<Evaluation> evaluationLinesWriter(Writer out) throws IOException {
    return new JsonLinesWriter<>(
        factory.createGenerator(new LoneSurrogateWriter(out)), evaluations::evaluationLine, this);
  }

  /**
   * {@link #evaluationLinesWriter(Writer)} writing UTF-8 bytes straight to a stream: the same
   * bytes as through an {@code OutputStreamWriter}, encoded once.
   *
   * @param out where to write; closing the returned writer closes it
   * @return the writer
   * @throws IOException when the generator cannot be created
   */
  public JsonLinesWriter<Evaluation> evaluationLinesWriter(OutputStream out) throws IOException {
    return new JsonLinesWriter<>(factory.createGenerator(out, JsonEncoding.UTF8), evaluations::evaluationLine, this);
  }

  /**
   * Serialises an evaluation as an entry of an evaluation document of this configuration, for
   * {@link EvaluationDocumentWriter#write(EncodedEvaluation)} of a writer of this instance. Safe
   * to call on several threads at once: the threads that evaluate can serialise their results,
   * and the one thread that writes only copies bytes.
   *
   * @param evaluation the evaluation
   * @return its bytes, laid out as the document lays out its evaluations
   */
  public EncodedEvaluation encodeForDocument(Evaluation evaluation) {
    return encode(evaluation, EncodedEvaluation.Form.DOCUMENT_ENTRY);
  }

  /**
   * Serialises an evaluation as a JSON Lines line of this configuration (without the line
   * break), for {@link JsonLinesWriter#writeEncoded} of an {@link #evaluationLinesWriter} of this
   * instance. Safe to call on several threads at once.
   *
   * @param evaluation the evaluation
   * @return its bytes
   */
  public EncodedEvaluation encodeLine(Evaluation evaluation) {
    return encode(evaluation, EncodedEvaluation.Form.LINE);
  }

  private EncodedEvaluation encode(Evaluation evaluation, EncodedEvaluation.Form form) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
      if (form == EncodedEvaluation.Form.LINE) {
        evaluations.evaluationLine(g, evaluation); // lines are compact, as evaluationLinesWriter writes them
      } else {
        if (pretty) {
          // an evaluation of a document stands inside its root object (arrays add no indent)
          g.setPrettyPrinter(new Indented(1));
        }
        evaluations.evaluation(g, evaluation);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // into memory: only a failing serialiser throws
    }
    return new EncodedEvaluation(evaluation, new RawJson(bytes.toByteArray()), form, this);
  }

  /**
   * Reads evaluations from JSON Lines (the first line may open with a byte order mark).
   *
   * @param in the lines; closing the returned reader closes it
   * @return the reader
   */
  public JsonLinesReader<Evaluation> evaluationLines(Reader in) {
    return new JsonLinesReader<>(
        new BoundedLineReader(in, maxLineLength, locale),
        factory,
        maxNumberScale,
        locale,
        EvaluationReader::evaluation);
  }

  // ---------------------------------------------------------------- plumbing

  private JsonGenerator generator(OutputStream out) throws IOException {
    return configured(factory.createGenerator(out, JsonEncoding.UTF8));
  }

  private JsonGenerator generator(Writer out) throws IOException {
    return configured(factory.createGenerator(new LoneSurrogateWriter(out)));
  }

  private JsonGenerator configured(JsonGenerator g) {
    // The target belongs to the caller: flush it, never close it.
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.setPrettyPrinter(new Indented()); // the default layout, faster
    }
    return g;
  }

  private static PerformanceTable table(JsonIn in) throws IOException {
    return ModelReader.table(in, true);
  }

  private static TableEvaluation tableEvaluation(JsonIn in) throws IOException {
    return EvaluationReader.tableEvaluation(in, true);
  }

  /**
   * A document from text, which may open with a byte order mark, as a file saved by Windows
   * Notepad does; the readers of bytes drop it while decoding, those of text here, so that every
   * reader takes one (and only one) alike.
   */
  private <T> T read(Reader source, JsonLinesReader.ItemReader<T> reader) throws IOException {
    PushbackReader text = new PushbackReader(source, 1);
    int first = text.read();
    if (first != -1 && first != '\uFEFF') {
      text.unread(first);
    }
    return parse(text, reader);
  }

  /** A document from text without a byte order mark. */
  private <T> T parse(Reader source, JsonLinesReader.ItemReader<T> reader) throws IOException {
    try (JsonParser parser = factory.createParser(source)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonIn in = new JsonIn(parser, 0, maxNumberScale, locale);
      try {
        in.next();
        T value = reader.read(in);
        if (parser.nextToken() != null) {
          throw in.error(Msg.of("JX-I-0314"), null);
        }
        return value;
      } catch (JsonProcessingException e) {
        throw in.wrap(e);
      } catch (DecodingReader.MalformedBytesException e) {
        Msg msg = Msg.of("JX-I-0140").arg("offset", e.offset()).arg("charset", e.charsetName());
        throw JixiaoReadException.at(
            msg.code(), msg.render(locale), e.line(), 0, in.path(), null, null, locale); // no internal cause
      }
    }
  }

  /** Builds {@link JixiaoJson} instances. */
  public static final class Builder {
    private @Nullable JsonFactory factory;
    private StreamReadConstraints constraints = defaultReadConstraints();
    private boolean pretty;
    private boolean labels;
    private EvaluationDetail detail = EvaluationDetail.FULL;
    private EvaluationSchema evaluationSchema = EvaluationSchema.V1;
    private int maxNumberScale = DEFAULT_MAX_NUMBER_SCALE;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The language of the problems reading throws [Chinese]: any English locale ({@code
     * Locale.ENGLISH}, {@code Locale.US} …) gives English, every other Chinese. Each problem is a
     * {@link JixiaoReadException} with a stable {@linkplain JixiaoReadException#code() code}
     * ({@code JX-I-03xx}, listed with both texts in {@link org.jixiao.io.ReadMessages}), the JSON
     * path and the offending text, whatever the language. Jackson's own description of invalid
     * JSON and the model's of an invalid value are quoted as they are (English).
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = java.util.Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The largest scale, positive or negative, of a number read [{@value
     * #DEFAULT_MAX_NUMBER_SCALE}]: a number with more decimal places, or with an exponent that
     * ends it further left of the decimal point ({@code 1E+999999999}), is rejected with its JSON
     * path. Such numbers parse cheaply, but printing them plainly, rounding them or computing
     * with them can take gigabytes.
     *
     * @param maxNumberScale a positive limit
     * @return this builder
     */
    public Builder maxNumberScale(int maxNumberScale) {
      if (maxNumberScale <= 0) {
        throw new IllegalArgumentException(
            "maxNumberScale must be positive, was " + maxNumberScale);
      }
      this.maxNumberScale = maxNumberScale;
      return this;
    }

    /**
     * Use the factory of your own mapper, with its read constraints and features, instead of
     * ours. Your mapper is not changed.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.factory = mapper.getFactory();
      return this;
    }

    /**
     * The read constraints of our factory [{@link #defaultReadConstraints()}]; ignored when an
     * {@link #objectMapper} is given.
     *
     * @param constraints the constraints
     * @return this builder
     */
    public Builder readConstraints(StreamReadConstraints constraints) {
      this.constraints = constraints;
      return this;
    }

    /**
     * Indented output for documents [false]; JSON Lines are always compact.
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Whether each enum value also gets a {@code …Label} field with its Chinese label [false].
     *
     * @param labels whether to write labels
     * @return this builder
     */
    public Builder writeLabels(boolean labels) {
      this.labels = labels;
      return this;
    }

    /**
     * How much of each evaluation is written [{@link EvaluationDetail#FULL}]: with {@link
     * EvaluationDetail#SUMMARY}, evaluation documents and JSON Lines carry no traces and no
     * sub-target parts, under the schema key {@code jixiao.evaluation-summary/1} (or {@code /2},
     * see {@link #evaluationSchema}).
     *
     * @param detail the detail
     * @return this builder
     */
    public Builder evaluationDetail(EvaluationDetail detail) {
      this.detail = java.util.Objects.requireNonNull(detail, "detail");
      return this;
    }

    /**
     * The version of the evaluation documents and JSON Lines written [{@link
     * EvaluationSchema#V1}, the command line's contract]. {@link EvaluationSchema#V2} names
     * everything as the Java model does and is recommended for new consumers; see {@link
     * EvaluationSchema} for the differences. Readers take both versions whatever this says.
     *
     * @param evaluationSchema the version
     * @return this builder
     */
    public Builder evaluationSchema(EvaluationSchema evaluationSchema) {
      this.evaluationSchema = java.util.Objects.requireNonNull(evaluationSchema, "evaluationSchema");
      return this;
    }

    /** The instance. */
    public JixiaoJson build() {
      return new JixiaoJson(this);
    }
  }
}
